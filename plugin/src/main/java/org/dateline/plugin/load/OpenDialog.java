package org.dateline.plugin.load;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.dateline.plugin.Messages;

/** File › Open: files or folders, remembering the last folder. */
public final class OpenDialog {
    private static final String LAST = "lastOpenFolder";

    private OpenDialog() {
    }

    public static List<Path> choose(Component owner) {
        Preferences prefs = Preferences.userNodeForPackage(OpenDialog.class);
        JFileChooser chooser = new JFileChooser(prefs.get(LAST, System.getProperty("user.dir")));
        chooser.setDialogTitle(Messages.get("open.title"));
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("open.filter"), "html", "htm", "txt", "gz"));
        if (chooser.showOpenDialog(SwingUtilities.getWindowAncestor(owner)) != JFileChooser.APPROVE_OPTION) {
            return List.of();
        }
        File[] files = chooser.getSelectedFiles();
        if (files.length == 0 && chooser.getSelectedFile() != null) {
            files = new File[] {chooser.getSelectedFile()};
        }
        if (files.length > 0 && files[0].getParentFile() != null) {
            prefs.put(LAST, files[0].getParentFile().getPath());
        }
        return Arrays.stream(files).map(File::toPath).toList();
    }
}
