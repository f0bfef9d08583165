package lifefx.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The timeline bar under the grid (View → Timeline), bound to a {@link TimelineModel}: a slider over
 * the recorded range whose thumb follows the generation shown, and a label with the generation and
 * the range; the tooltip says what the history holds in memory. Dragging or clicking the slider
 * seeks. FX thread only.
 */
final class TimelineView extends HBox {

    private final Slider slider = new Slider(0, 0, 0);
    /** Set while the model moves the thumb, so that move is not taken for the user's. */
    private boolean following;

    TimelineView(TimelineModel model) {
        setId("timeline");
        getStyleClass().add("timeline-bar");
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        slider.setId("timeline-slider");
        slider.setFocusTraversable(false);
        slider.setBlockIncrement(1);
        slider.disableProperty().bind(model.emptyProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        Label text = new Label();
        text.setId("timeline-label");
        text.textProperty().bind(model.textProperty());
        text.setMinWidth(USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.detailsProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        // On the controls themselves: a tooltip installed on the bar did not show over its children.
        slider.setTooltip(tip);
        text.setTooltip(tip);
        getChildren().addAll(new Label("Timeline"), slider, text);

        Runnable follow = () -> {
            if (slider.isValueChanging()) {
                return; // the user holds the thumb; it follows again when released
            }
            following = true;
            try {
                slider.setMax(model.spanProperty().get());
                slider.setValue(model.positionProperty().get());
            } finally {
                following = false;
            }
        };
        model.spanProperty().addListener(o -> follow.run());
        model.positionProperty().addListener(o -> follow.run());
        slider.valueProperty().addListener((o, was, now) -> {
            if (!following) {
                model.seekTo(now.doubleValue());
            }
        });
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                model.seekTo(slider.getValue());
                follow.run();
            }
        });
        follow.run();
    }

    /** The slider (for tests). */
    Slider slider() {
        return slider;
    }
}
