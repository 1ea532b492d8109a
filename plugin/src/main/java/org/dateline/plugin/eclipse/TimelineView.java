package org.dateline.plugin.eclipse;

import java.awt.Frame;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.dateline.plugin.DatelinePanel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.awt.SWT_AWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The Dateline timeline as an Eclipse view: the same Swing panel as the standalone window,
 * embedded through SWT_AWT. A thin adapter; all behaviour lives in {@link DatelinePanel}.
 * Methods are called on the SWT UI thread and hand their work to the event-dispatch thread.
 */
public class TimelineView extends ViewPart {
    public static final String ID = "org.dateline.plugin.eclipse.TimelineView";

    static {
        // Lets the embedded frame paint straight away instead of flashing its background on resize.
        System.setProperty("sun.awt.noerasebackground", "true");
    }

    private Composite embedded;
    private SwingHost<DatelinePanel> host;

    @Override
    public void createPartControl(Composite parent) {
        embedded = new Composite(parent, SWT.EMBEDDED | SWT.NO_BACKGROUND);
        Frame frame = SWT_AWT.new_Frame(embedded);
        host = new SwingHost<>(frame, () -> {
            SwingLook.apply();
            return new DatelinePanel();
        });
    }

    /** Adds articles to the timeline; returns at once, loading runs in the panel. */
    public void open(List<Path> files) {
        List<Path> copy = List.copyOf(files);
        onPanel(panel -> panel.openFiles(copy));
    }

    /** Asks the panel to export the current timeline view as an image. */
    public void exportImage() {
        onPanel(DatelinePanel::showExportDialog);
    }

    /** Runs the action with the panel on the event-dispatch thread. */
    public void onPanel(Consumer<DatelinePanel> action) {
        if (host != null) {
            host.later(action);
        }
    }

    /** True when the panel is built and on screen; call on the event-dispatch thread. */
    boolean isPanelShowing() {
        return host != null && host.isShowing();
    }

    @Override
    public void setFocus() {
        if (embedded != null && !embedded.isDisposed()) {
            embedded.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (host != null) {
            host.dispose();
            host = null;
        }
        super.dispose();
    }
}
