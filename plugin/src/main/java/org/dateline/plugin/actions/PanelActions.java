package org.dateline.plugin.actions;

import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.dateline.plugin.DatelinePanel;
import org.dateline.plugin.Messages;
import org.dateline.timeline.LaneMode;
import org.dateline.timeline.TimelineChange;

/** The menus of the standalone window, each item with its keyboard shortcut. */
public final class PanelActions {
    private static final int MENU = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

    private PanelActions() {
    }

    /**
     * File, View and Help menus driving {@code panel}.
     *
     * @param quit what File › Quit does, or null for no Quit item (a host that has its own)
     */
    public static JMenuBar menuBar(DatelinePanel panel, Runnable quit) {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("menu.file", KeyEvent.VK_F);
        file.add(action("action.open", KeyEvent.VK_O, MENU, panel::showOpenDialog));
        file.add(action("action.openUrl", KeyEvent.VK_U, MENU, panel::showOpenUrlDialog));
        file.add(action("action.openSamples", 0, 0, panel::openSampleCorpus));
        file.addSeparator();
        file.add(action("action.export", KeyEvent.VK_E, MENU, panel::showExportDialog));
        file.addSeparator();
        file.add(action("action.closeAll", KeyEvent.VK_W, MENU | KeyEvent.SHIFT_DOWN_MASK, panel::closeAll));
        if (quit != null) {
            file.addSeparator();
            file.add(action("action.quit", KeyEvent.VK_Q, MENU, quit));
        }
        bar.add(file);

        JMenu view = menu("menu.view", KeyEvent.VK_V);
        view.add(action("action.zoomIn", KeyEvent.VK_EQUALS, MENU, panel.canvas()::zoomIn));
        view.add(action("action.zoomOut", KeyEvent.VK_MINUS, MENU, panel.canvas()::zoomOut));
        view.add(action("action.fitAll", KeyEvent.VK_0, MENU, panel.model()::fitAll));
        view.add(action("action.zoomSelection", KeyEvent.VK_Z, MENU | KeyEvent.SHIFT_DOWN_MASK,
                panel.canvas()::zoomToSelection));
        view.addSeparator();
        ButtonGroup lanes = new ButtonGroup();
        String[] keys = {"action.lanesSource", "action.lanesFamily", "action.lanesQuad"};
        for (LaneMode mode : LaneMode.values()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(action(keys[mode.ordinal()],
                    KeyEvent.VK_1 + mode.ordinal(), MENU, () -> panel.model().setLaneMode(mode)));
            item.setSelected(panel.model().laneMode() == mode);
            panel.model().addListener(c -> {
                if (c.kind() == TimelineChange.Kind.LANES) {
                    item.setSelected(panel.model().laneMode() == mode);
                }
            });
            lanes.add(item);
            view.add(item);
        }
        view.addSeparator();
        view.add(action("action.find", KeyEvent.VK_F, MENU, panel::focusSearch));
        bar.add(view);

        JMenu help = menu("menu.help", KeyEvent.VK_H);
        help.add(action("action.keys", KeyEvent.VK_F1, 0, () -> JOptionPane.showMessageDialog(
                SwingUtilities.getWindowAncestor(panel), new JLabel(Messages.get("keys.text")),
                Messages.get("keys.title"), JOptionPane.INFORMATION_MESSAGE)));
        bar.add(help);
        return bar;
    }

    private static JMenu menu(String key, int mnemonic) {
        JMenu m = new JMenu(Messages.get(key));
        m.setMnemonic(mnemonic);
        return m;
    }

    private static Action action(String key, int keyCode, int modifiers, Runnable run) {
        Action a = new AbstractAction(Messages.get(key)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        if (keyCode != 0) {
            a.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(keyCode, modifiers));
        }
        return a;
    }

    /** Adds a plain item; for hosts that build their own menus. */
    public static JMenuItem item(String key, Runnable run) {
        return new JMenuItem(action(key, 0, 0, run));
    }
}
