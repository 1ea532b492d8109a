package org.dateline.plugin.eclipse;

import java.awt.BorderLayout;
import java.awt.Frame;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

/**
 * The Swing side of the view: builds its content in an AWT frame on the event-dispatch thread
 * and runs every later call there, in order. The SWT thread only ever posts work here
 * (invokeLater), never waits for it, so neither UI thread can block the other.
 */
final class SwingHost<T extends JComponent> {
    private final Frame frame;
    /** Read and written on the event-dispatch thread only. */
    private T content;
    private volatile boolean disposed;

    /** Creates the content on the event-dispatch thread; returns at once. */
    SwingHost(Frame frame, Supplier<T> factory) {
        this.frame = frame;
        SwingUtilities.invokeLater(() -> {
            if (disposed) {
                return;
            }
            // A root pane gives popups, tooltips and key bindings a proper home inside the
            // heavyweight embedded frame.
            JRootPane root = new JRootPane();
            content = factory.get();
            root.getContentPane().add(content, BorderLayout.CENTER);
            frame.setLayout(new BorderLayout());
            frame.add(root, BorderLayout.CENTER);
            frame.validate();
        });
    }

    /** Runs the action on the event-dispatch thread once the content exists (FIFO after creation). */
    void later(Consumer<T> action) {
        SwingUtilities.invokeLater(() -> {
            if (!disposed && content != null) {
                action.accept(content);
            }
        });
    }

    /** True when the content is built and on screen; call on the event-dispatch thread. */
    boolean isShowing() {
        return content != null && content.isShowing() && content.getWidth() > 0 && content.getHeight() > 0;
    }

    /** Drops the content and disposes the frame on the event-dispatch thread; returns at once. */
    void dispose() {
        disposed = true;
        SwingUtilities.invokeLater(() -> {
            content = null;
            frame.removeAll();
            frame.dispose();
        });
    }
}
