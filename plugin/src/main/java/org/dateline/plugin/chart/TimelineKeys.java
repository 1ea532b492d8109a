package org.dateline.plugin.chart;

import java.awt.Point;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import org.dateline.timeline.TimelineEvent;
import org.dateline.timeline.TimelineModel;

/**
 * Keys on the focused timeline, as in Trace Compass: W/S zoom at the mouse, A/D scroll a quarter
 * of the view, Left/Right jump between events, Home fits all, Z zooms to the selection. Bound
 * only while the timeline has the focus, so typing in the search field never zooms.
 */
final class TimelineKeys {
    private TimelineKeys() {
    }

    static void install(TimelineCanvas canvas, TimelineModel model) {
        InputMap in = canvas.getInputMap(JComponent.WHEN_FOCUSED);
        ActionMap actions = canvas.getActionMap();
        Consumer<Double> zoom = factor -> {
            Point p = canvas.getMousePosition();
            canvas.zoomAt(factor, p == null ? -1 : p.x);
        };
        bind(in, actions, "zoomIn", c -> zoom.accept(1 / TimelineCanvas.ZOOM_STEP),
                KeyEvent.VK_W, KeyEvent.VK_PLUS, KeyEvent.VK_EQUALS, KeyEvent.VK_ADD);
        bind(in, actions, "zoomOut", c -> zoom.accept(TimelineCanvas.ZOOM_STEP),
                KeyEvent.VK_S, KeyEvent.VK_MINUS, KeyEvent.VK_SUBTRACT);
        in.put(KeyStroke.getKeyStroke('+'), "zoomIn");
        in.put(KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, java.awt.event.InputEvent.SHIFT_DOWN_MASK), "zoomIn");
        bind(in, actions, "scrollBack", c -> canvas.scroll(-0.25), KeyEvent.VK_A);
        bind(in, actions, "scrollOn", c -> canvas.scroll(0.25), KeyEvent.VK_D);
        bind(in, actions, "fitAll", c -> model.fitAll(), KeyEvent.VK_HOME);
        bind(in, actions, "zoomSelection", c -> canvas.zoomToSelection(), KeyEvent.VK_Z);
        bind(in, actions, "clearSelection", c -> model.select(List.of()), KeyEvent.VK_ESCAPE);
        bind(in, actions, "lanesUp", c -> canvas.setFirstLane(canvas.firstLane() - canvas.frame().laneCount() + 1),
                KeyEvent.VK_PAGE_UP);
        bind(in, actions, "lanesDown", c -> canvas.setFirstLane(canvas.firstLane() + canvas.frame().laneCount() - 1),
                KeyEvent.VK_PAGE_DOWN);
        bind(in, actions, "previousEvent", c -> step(canvas, model, -1), KeyEvent.VK_LEFT);
        bind(in, actions, "nextEvent", c -> step(canvas, model, 1), KeyEvent.VK_RIGHT);
    }

    /** Selects the event before or after the selected one, bringing it into view. */
    static void step(TimelineCanvas canvas, TimelineModel model, int direction) {
        TimelineEvent from = direction > 0 ? last(model) : model.lead();
        TimelineEvent next = model.neighbour(from, direction);
        if (next != null) {
            model.select(List.of(next));
            canvas.reveal(next);
        }
    }

    private static TimelineEvent last(TimelineModel model) {
        return model.selection().stream().max(java.util.Comparator.comparingInt(TimelineEvent::day)
                .thenComparingInt(TimelineEvent::id)).orElse(null);
    }

    private static void bind(InputMap in, ActionMap actions, String name, Consumer<ActionEvent> action, int... keys) {
        for (int key : keys) {
            in.put(KeyStroke.getKeyStroke(key, 0), name);
        }
        actions.put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.accept(e);
            }
        });
    }
}
