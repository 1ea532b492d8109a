package org.dateline.plugin.load;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import org.dateline.plugin.Messages;

/** The status line: what is being read, a progress bar and Cancel while loading; a summary after. */
public final class LoadStatus extends JPanel {
    private final JLabel message = new JLabel(" ");
    private final JProgressBar bar = new JProgressBar(0, 100);
    private final JButton cancel = new JButton(Messages.get("load.cancel"));
    private LoadWorker worker;

    public LoadStatus() {
        super(new BorderLayout());
        setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 4));
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        bar.setStringPainted(true);
        cancel.setName("cancel");
        right.add(bar);
        right.add(cancel);
        add(message, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
        cancel.addActionListener(e -> {
            if (worker != null) {
                worker.cancel(true);
            }
        });
        showBusy(false);
    }

    /** Follows a worker until it is done. */
    public void follow(LoadWorker w) {
        worker = w;
        bar.setValue(0);
        showBusy(true);
        w.addPropertyChangeListener(e -> {
            if ("progress".equals(e.getPropertyName())) {
                bar.setValue((Integer) e.getNewValue());
            } else if ("message".equals(e.getPropertyName())) {
                message.setText(Messages.get("load.progress", e.getNewValue()));
            }
        });
    }

    /** Called when the worker is done: a one-line summary, no dialog. */
    public void finished(LoadWorker w) {
        if (w != worker) {
            return;
        }
        worker = null;
        showBusy(false);
        message.setText(w.isCancelled() ? Messages.get("load.cancelled", w.read())
                : Messages.get("load.done", w.read() - w.failed(), w.failed()));
    }

    public void say(String text) {
        message.setText(text);
    }

    public boolean busy() {
        return worker != null;
    }

    private void showBusy(boolean busy) {
        bar.setVisible(busy);
        cancel.setVisible(busy);
    }
}
