package cn.techcity.cockpit.ui.tiles;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.skins.TileSkin;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A TilesFX skin that gives the tile's whole face to our content (the stock custom skin keeps 15 % for a title in a
 * font sized for a desk and centres content that does not fit, which pushed it out of the tile).
 */
final class KpiTileSkin extends TileSkin {
    KpiTileSkin(Tile tile) {
        super(tile);
    }

    @Override
    protected void initGraphics() {
        super.initGraphics();
        Node graphic = tile.getGraphic();
        if (graphic != null) {
            // unmanaged: the skin's Pane would otherwise resize it back to its preferred size on every layout
            graphic.setManaged(false);
            getPane().getChildren().add(graphic);
        }
    }

    @Override
    protected void resize() {
        super.resize();
        if (tile.getGraphic() instanceof Region content && width > 0 && height > 0) {
            double pad = Math.max(8, Math.min(14, size * 0.05));
            content.resizeRelocate(pad, pad, width - 2 * pad, height - 2 * pad);
        }
    }
}
