package org.dateline.plugin;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.WindowConstants;
import org.dateline.plugin.actions.PanelActions;

/** The standalone workbench-style window around a {@link DatelinePanel}. */
public final class DatelineWindow extends JFrame {
    private final DatelinePanel panel;

    private DatelineWindow() {
        super(Messages.get("app.title"));
        panel = new DatelinePanel();
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setJMenuBar(PanelActions.menuBar(panel, this::dispose));
        setContentPane(panel);
        setMinimumSize(new Dimension(800, 500));
    }

    /** Installs the look and feel, shows the window and opens {@code files} (or the samples when empty). */
    public static DatelineWindow open(List<Path> files, Rectangle bounds) {
        FlatLightLaf.setup();
        DatelineWindow w = new DatelineWindow();
        if (bounds != null) {
            w.setBounds(bounds);
        } else {
            w.setSize(1280, 800);
            w.setLocationRelativeTo(null);
        }
        w.setVisible(true);
        if (files.isEmpty()) {
            w.panel.openSampleCorpus();
        } else {
            w.panel.openFiles(files);
        }
        return w;
    }

    public DatelinePanel panel() {
        return panel;
    }
}
