package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Text;
import java.util.Objects;

/**
 * A store failure with a sentence a clerk can act on, by its key in the message bundles ({@code store.*}): a window
 * shows {@link #text()} in its own language; {@link #getMessage()} (the command line, the log) is both, Chinese first.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Text text;

    public StoreException(Text text, Throwable cause) {
        super(text.both(), cause);
        this.text = Objects.requireNonNull(text);
    }

    public StoreException(Text text) {
        super(text.both());
        this.text = text;
    }

    /** The clerk's sentence, in any language. */
    public Text text() {
        return text;
    }
}
