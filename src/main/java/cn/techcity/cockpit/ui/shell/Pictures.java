package cn.techcity.cockpit.ui.shell;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.ui.common.ViewId;
import java.io.IOException;
import java.nio.file.Path;

/** What the 文件 menu draws: the PDF briefing and a view's PNG (the composition root renders them). */
public interface Pictures {
    void briefing(CockpitData data, int month, Path file);

    void png(ViewId view, CockpitData data, int month, Path file) throws IOException;
}
