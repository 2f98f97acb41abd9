package cn.techcity.cockpit.ui.wall;

import cn.techcity.cockpit.ui.common.ViewId;
import javafx.scene.layout.Region;

/**
 * One page of the wall's rotation: a view's page designed for distance (nothing under 28 px of the 1920x1080 canvas).
 * A view whose list does not fit one page continues on the next: {@code part} of {@code parts}.
 *
 * @param view  the view it belongs to (the playlist's entry)
 * @param part  1-based page of the view
 * @param parts pages of the view
 * @param title what the wall's header says (the area, 预警, 四大攻坚战 …, with 2/3 when there are several)
 * @param node  the page, laid out in the room under the wall's header
 */
public record WallPage(ViewId view, int part, int parts, String title, Region node) {
}
