package org.dateline.plugin.export;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.dateline.plugin.Messages;
import org.dateline.timeline.TimelineModel;

/** File › Export image…: where, which format (by extension) and how large. */
public final class ExportDialog {
    private ExportDialog() {
    }

    /** Asks, writes, and returns a one-line outcome for the status line (null when cancelled). */
    public static String show(Component owner, TimelineModel model, Dimension current) {
        Component window = SwingUtilities.getWindowAncestor(owner);
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(Messages.get("export.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("export.formats"), "png", "svg"));
        chooser.setSelectedFile(new File("dateline-timeline.png"));
        SpinnerNumberModel width = new SpinnerNumberModel(Math.max(640, current.width), 16, ImageExport.MAX_SIDE, 10);
        SpinnerNumberModel height = new SpinnerNumberModel(Math.max(360, current.height), 16, ImageExport.MAX_SIDE, 10);
        JPanel size = new JPanel(new GridLayout(4, 1, 2, 2));
        size.add(new JLabel(Messages.get("export.width")));
        size.add(new JSpinner(width));
        size.add(new JLabel(Messages.get("export.height")));
        size.add(new JSpinner(height));
        JPanel accessory = new JPanel();
        accessory.add(size);
        chooser.setAccessory(accessory);
        if (chooser.showSaveDialog(window) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path out = chooser.getSelectedFile().toPath();
        if (ImageExport.formatOf(out) == null) {
            out = out.resolveSibling(out.getFileName() + ".png");
        }
        boolean replace = false;
        if (Files.exists(out)) {
            int answer = JOptionPane.showConfirmDialog(window, Messages.get("export.exists", out.getFileName()),
                    Messages.get("export.title"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return null;
            }
            replace = true;
        }
        try {
            ImageExport.write(model, out, width.getNumber().intValue(), height.getNumber().intValue(), replace);
            return Messages.get("export.done", out);
        } catch (IOException e) {
            String reason = Messages.get("export.failed", e.getMessage());
            JOptionPane.showMessageDialog(window, reason, Messages.get("export.title"), JOptionPane.ERROR_MESSAGE);
            return reason;
        }
    }
}
