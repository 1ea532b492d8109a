package org.dateline.plugin;

import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The whole Dateline panel: opened articles, the timeline and the article view. Hosted by the
 * standalone window and by the Eclipse view alike; call it on the event-dispatch thread only.
 */
public class DatelinePanel extends JPanel {
    public DatelinePanel() {
        super(new BorderLayout());
        add(new JLabel("Dateline"), BorderLayout.CENTER);
    }

    /** Opens articles or folders of articles, off the event-dispatch thread. */
    public void openFiles(List<Path> files) {
    }

    /** Opens the sample corpus bundled with Dateline. */
    public void openSampleCorpus() {
    }

    /** Asks the user for files or a folder to open. */
    public void showOpenDialog() {
    }

    /** Asks the user where and how large to export the current timeline view, then writes it. */
    public void showExportDialog() {
    }
}
