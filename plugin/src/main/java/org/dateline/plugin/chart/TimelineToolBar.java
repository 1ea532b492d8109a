package org.dateline.plugin.chart;

import java.awt.Font;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JToolBar;
import org.dateline.plugin.Messages;
import org.dateline.timeline.LaneMode;
import org.dateline.timeline.TimelineChange;
import org.dateline.timeline.TimelineModel;

/** Zoom buttons for people without a wheel, and the lane mode. */
public final class TimelineToolBar extends JToolBar {
    private final JComboBox<LaneMode> lanes = new JComboBox<>(LaneMode.values());

    public TimelineToolBar(TimelineCanvas canvas) {
        setFloatable(false);
        TimelineModel model = canvas.model();
        add(button("+", Messages.get("toolbar.zoomIn"), canvas::zoomIn));
        add(button("\u2212", Messages.get("toolbar.zoomOut"), canvas::zoomOut));
        add(button(Messages.get("action.fitAll"), Messages.get("toolbar.fit"), model::fitAll));
        addSeparator();
        add(new JLabel(Messages.get("toolbar.lanes") + " "));
        lanes.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value,
                    int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, Messages.get("lanes." + ((LaneMode) value).name()),
                        index, selected, focus);
            }
        });
        lanes.setMaximumSize(lanes.getPreferredSize());
        lanes.setName("lanes");
        lanes.addActionListener(e -> model.setLaneMode((LaneMode) lanes.getSelectedItem()));
        model.addListener(c -> {
            if (c.kind() == TimelineChange.Kind.LANES && lanes.getSelectedItem() != model.laneMode()) {
                lanes.setSelectedItem(model.laneMode());
            }
        });
        add(lanes);
        add(Box.createHorizontalGlue());
    }

    private static JButton button(String text, String tip, Runnable action) {
        JButton b = new JButton(text);
        b.setToolTipText(tip);
        b.setFocusable(false);
        if (text.length() == 1) {
            b.setFont(b.getFont().deriveFont(Font.BOLD, b.getFont().getSize2D() + 3));
        }
        b.addActionListener(e -> action.run());
        return b;
    }
}
