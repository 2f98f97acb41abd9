package cn.techcity.cockpit.ui;

import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Checks of drawn text shared by the layout tests of the window and of the wall. */
public final class LayoutChecks {
    private LayoutChecks() {
    }

    /**
     * A latin word or a figure ("Missing", "+36.5") wider than a wrapping label: the label breaks it inside ("Missin|g"),
     * which reads as another word or another number. Null when every such word fits.
     */
    public static String brokenWord(Labeled labeled) {
        if (!labeled.isWrapText()) {
            return null;
        }
        double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset();
        for (String word : labeled.getText().split("\\s+")) {
            if (!word.matches("[\\p{IsLatin}\\p{Nd}%.,:;+\\-()/]+")) {
                continue;
            }
            Text probe = new Text(word);
            probe.setFont(labeled.getFont());
            if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                return word;
            }
        }
        return null;
    }
}
