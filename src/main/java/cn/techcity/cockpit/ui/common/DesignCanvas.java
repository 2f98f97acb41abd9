package cn.techcity.cockpit.ui.common;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * A fixed 1920x1080 design canvas scaled uniformly to whatever holds it: 4K is the same picture at twice the
 * resolution (crisp text, nothing reflows), a smaller window is the same picture smaller, centred.
 */
public final class DesignCanvas extends Pane {
    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;

    private final Region design;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public DesignCanvas(Region design) {
        this.design = design;
        design.getTransforms().add(scale);
        getChildren().add(design);
        getStyleClass().add("design-canvas");
        setStyle("-fx-background-color: -bg;");
    }

    public double scale() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        double s = Math.min(getWidth() / WIDTH, getHeight() / HEIGHT);
        if (!(s > 0)) {
            s = 1;
        }
        scale.setX(s);
        scale.setY(s);
        design.resizeRelocate(Math.floor((getWidth() - WIDTH * s) / 2), Math.floor((getHeight() - HEIGHT * s) / 2), WIDTH, HEIGHT);
    }
}
