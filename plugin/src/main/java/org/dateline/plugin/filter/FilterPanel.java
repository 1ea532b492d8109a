package org.dateline.plugin.filter;

import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.dateline.event.Modality;
import org.dateline.plugin.Messages;
import org.dateline.timeline.Days;
import org.dateline.timeline.EventFilter;
import org.dateline.timeline.Lane;
import org.dateline.timeline.LaneIndex;
import org.dateline.timeline.LaneMode;
import org.dateline.timeline.LaneNames;
import org.dateline.timeline.QuadClass;
import org.dateline.timeline.TimelineChange;
import org.dateline.timeline.TimelineModel;

/**
 * The filters: find-as-you-type search, actor, action family or quad class, modality and date
 * range, and whether events that do not match are hidden or dimmed. Every edit becomes a new
 * {@link EventFilter} on the model.
 */
public final class FilterPanel extends JPanel implements javax.swing.Scrollable {
    private final TimelineModel model;
    private final JTextField search = new JTextField(8);
    private final JComboBox<Choice> actor = new JComboBox<>();
    private final JComboBox<Choice> action = new JComboBox<>();
    private final List<JCheckBox> modalities = new ArrayList<>();
    private final JTextField from = new JTextField(6);
    private final JTextField to = new JTextField(6);
    private final JCheckBox dim = new JCheckBox(Messages.get("filter.dim"));
    private final JLabel matching = new JLabel(" ");
    private final Timer typing = new Timer(150, e -> apply());
    private boolean updating;
    private int rows;
    private EventFilter applied = EventFilter.DEFAULT;

    public FilterPanel(TimelineModel model) {
        super(new GridBagLayout());
        this.model = model;
        setBorder(BorderFactory.createEmptyBorder(4, 6, 6, 6));
        search.setName("search");
        search.putClientProperty("JTextField.placeholderText", Messages.get("filter.searchHint"));
        search.putClientProperty("JTextField.showClearButton", true);
        actor.setName("actor");
        actor.setPrototypeDisplayValue(new Choice("any", "", "XXXXXXXXXXXXXXXX"));
        action.setPrototypeDisplayValue(new Choice("any", "", "XXXXXXXXXXXXXXXX"));
        action.setName("action");
        from.setName("from");
        to.setName("to");
        from.setToolTipText(Messages.get("filter.dateHint"));
        to.setToolTipText(Messages.get("filter.dateHint"));
        from.putClientProperty("JTextField.placeholderText", Messages.get("filter.dateHint"));
        to.putClientProperty("JTextField.placeholderText", Messages.get("filter.toHint"));
        typing.setRepeats(false);
        JLabel title = new JLabel(Messages.get("filter.title"));
        title.setFont(title.getFont().deriveFont(java.awt.Font.BOLD));
        row(title, null);
        row(new JLabel(Messages.get("filter.search")), search);
        row(new JLabel(Messages.get("filter.actor")), actor);
        row(new JLabel(Messages.get("filter.action")), action);
        JPanel boxes = new JPanel(new java.awt.GridLayout(2, 2));
        for (Modality m : Modality.values()) {
            JCheckBox box = new JCheckBox(Messages.get("modality." + m.name()),
                    EventFilter.DEFAULT.modalities().contains(m));
            box.setName("modality." + m.name());
            box.addActionListener(e -> apply());
            modalities.add(box);
            boxes.add(box);
        }
        row(new JLabel(Messages.get("filter.modality")), boxes);
        row(new JLabel(Messages.get("filter.from")), from);
        row(new JLabel(Messages.get("filter.to")), to);
        row(dim, null);
        JButton reset = new JButton(Messages.get("filter.reset"));
        reset.addActionListener(e -> reset());
        row(reset, null);
        row(matching, null);
        GridBagConstraints filler = new GridBagConstraints();
        filler.gridy = rows++;
        filler.weighty = 1;
        add(new JPanel(), filler);

        search.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typing.restart();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typing.restart();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                typing.restart();
            }
        });
        search.addActionListener(e -> apply());
        actor.addActionListener(e -> apply());
        action.addActionListener(e -> apply());
        from.addActionListener(e -> apply());
        to.addActionListener(e -> apply());
        from.addFocusListener(focusLost());
        to.addFocusListener(focusLost());
        dim.addActionListener(e -> apply());
        model.addListener(this::changed);
        fillChoices();
    }

    private java.awt.event.FocusAdapter focusLost() {
        return new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                apply();
            }
        };
    }

    private void row(JComponent label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = rows++;
        c.gridx = 0;
        c.insets = new Insets(3, 0, 3, 6);
        c.anchor = GridBagConstraints.WEST;
        if (field == null) {
            c.gridwidth = 2;
            c.fill = GridBagConstraints.HORIZONTAL;
            c.weightx = 1;
            add(label, c);
            return;
        }
        c.gridx = 0;
        add(label, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        add(field, c);
    }

    // Scrollable: follow the width of the left column, scroll only vertically.
    @Override
    public java.awt.Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return visible.height;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    /** Puts the keyboard focus in the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocusInWindow();
        search.selectAll();
    }

    public void reset() {
        updating = true;
        try {
            search.setText("");
            actor.setSelectedIndex(0);
            action.setSelectedIndex(0);
            for (int i = 0; i < modalities.size(); i++) {
                modalities.get(i).setSelected(EventFilter.DEFAULT.modalities().contains(Modality.values()[i]));
            }
            from.setText("");
            to.setText("");
            dim.setSelected(false);
        } finally {
            updating = false;
        }
        apply();
    }

    private void changed(TimelineChange c) {
        if (c.kind() == TimelineChange.Kind.DATA) {
            fillChoices();
        }
        if (c.kind() == TimelineChange.Kind.FILTER && !model.filter().equals(applied)) {
            show(model.filter());
        }
        if (c.affectsLanes()) {
            matching.setText(Messages.get("filter.matching", model.index().matching(), model.eventsByDay().size()));
        }
    }

    /** Actors: every entity that acts or is acted upon, most frequent first. */
    private void fillChoices() {
        updating = true;
        try {
            Object keptActor = actor.getSelectedItem();
            actor.removeAllItems();
            actor.addItem(new Choice("any", "", Messages.get("filter.anyActor")));
            LaneIndex bySource = org.dateline.timeline.LaneIndex.build(model.eventsByDay(), model.events().size(),
                    LaneMode.SOURCE, EventFilter.DEFAULT.withModalities(EnumSet.allOf(Modality.class)));
            for (Lane lane : bySource.lanes()) {
                if (!lane.key().isEmpty()) {
                    actor.addItem(new Choice("actor", lane.key(), lane.label()));
                }
            }
            reselect(actor, keptActor);
            Object keptAction = action.getSelectedItem();
            action.removeAllItems();
            action.addItem(new Choice("any", "", Messages.get("filter.anyAction")));
            for (QuadClass q : QuadClass.values()) {
                action.addItem(new Choice("quad", String.valueOf(q.code()), LaneNames.quadClass(q)));
            }
            for (int root = 1; root <= 20; root++) {
                String key = String.format("%02d", root);
                action.addItem(new Choice("family", key, "  " + key + " " + LaneNames.family(key)));
            }
            reselect(action, keptAction);
        } finally {
            updating = false;
        }
    }

    private static void reselect(JComboBox<Choice> box, Object kept) {
        for (int i = 0; i < box.getItemCount(); i++) {
            if (box.getItemAt(i).equals(kept)) {
                box.setSelectedIndex(i);
                return;
            }
        }
        box.setSelectedIndex(0);
    }

    /** Reads every field into a filter and gives it to the model. */
    void apply() {
        if (updating) {
            return;
        }
        Choice a = (Choice) actor.getSelectedItem();
        Choice f = (Choice) action.getSelectedItem();
        Set<Modality> shown = EnumSet.noneOf(Modality.class);
        for (int i = 0; i < modalities.size(); i++) {
            if (modalities.get(i).isSelected()) {
                shown.add(Modality.values()[i]);
            }
        }
        int fromDay = day(from, true);
        int toDay = day(to, false);
        EventFilter filter = EventFilter.DEFAULT
                .withText(search.getText())
                .withActors(a == null || a.kind().equals("any") ? Set.of() : Set.of(a.key()))
                .withFamilies(f != null && f.kind().equals("family") ? Set.of(f.key()) : Set.of())
                .withQuadClasses(f != null && f.kind().equals("quad")
                        ? Set.of(QuadClass.of(Integer.parseInt(f.key()))) : Set.of())
                .withModalities(shown)
                .withDays(fromDay, toDay)
                .withHideNonMatching(!dim.isSelected());
        applied = filter;
        model.setFilter(filter);
    }

    /** Shows a filter set elsewhere (a menu, the Eclipse view, a test) in the fields. */
    private void show(EventFilter f) {
        updating = true;
        try {
            if (!search.getText().strip().equalsIgnoreCase(f.text())) {
                search.setText(f.text());
            }
            actor.setSelectedIndex(0);
            for (int i = 0; i < actor.getItemCount(); i++) {
                if (f.actors().contains(actor.getItemAt(i).key()) && !actor.getItemAt(i).kind().equals("any")) {
                    actor.setSelectedIndex(i);
                }
            }
            action.setSelectedIndex(0);
            for (int i = 0; i < action.getItemCount(); i++) {
                Choice ch = action.getItemAt(i);
                boolean family = ch.kind().equals("family") && f.families().contains(ch.key());
                boolean quad = ch.kind().equals("quad") && f.quadClasses().contains(QuadClass.of(Integer.parseInt(ch.key())));
                if (family || quad) {
                    action.setSelectedIndex(i);
                }
            }
            for (int i = 0; i < modalities.size(); i++) {
                modalities.get(i).setSelected(f.modalities().contains(Modality.values()[i]));
            }
            from.setText(f.fromDay() == Days.NONE ? "" : Days.date(f.fromDay()).toString());
            to.setText(f.toDay() == Days.NONE ? "" : Days.date(f.toDay()).toString());
            dim.setSelected(!f.hideNonMatching());
            applied = f;
        } finally {
            updating = false;
        }
    }

    /** "2022", "2022-03" or "2022-03-05": the first (or last) day it names; red when unreadable. */
    private static int day(JTextField field, boolean first) {
        String s = field.getText().strip();
        int d = s.isEmpty() ? Days.NONE : first ? Days.start(s) : Days.end(s);
        boolean bad = !s.isEmpty() && d == Days.NONE;
        field.setForeground(bad ? new Color(0xB0, 0x20, 0x20) : javax.swing.UIManager.getColor("TextField.foreground"));
        field.putClientProperty("JComponent.outline", bad ? "error" : null);
        return d;
    }
}
