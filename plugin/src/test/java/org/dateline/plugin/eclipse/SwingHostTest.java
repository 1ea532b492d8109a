package org.dateline.plugin.eclipse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Swing half of the view, without SWT: a plain AWT frame stands in for the embedded one. */
class SwingHostTest {
    @BeforeEach
    void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display (CI runs the tests under Xvfb)");
    }

    @Test
    void buildsTheContentOnTheEventThreadAndRunsLaterCallsAfterItInOrder() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        Frame frame = new Frame();
        SwingHost<JLabel> host = new SwingHost<>(frame, () -> {
            seen.add("built on EDT: " + SwingUtilities.isEventDispatchThread());
            return new JLabel("timeline");
        });
        host.later(label -> seen.add("first " + label.getText()));
        host.later(label -> seen.add("second"));
        SwingUtilities.invokeAndWait(() -> { });

        assertThat(seen).containsExactly("built on EDT: true", "first timeline", "second");
        host.dispose();
    }

    @Test
    void afterDisposeTheFrameIsGoneAndCallsAreDropped() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        Frame frame = new Frame();
        SwingHost<JLabel> host = new SwingHost<>(frame, () -> new JLabel("timeline"));
        SwingUtilities.invokeAndWait(() -> { });

        host.dispose();
        host.later(label -> seen.add("too late"));
        SwingUtilities.invokeAndWait(() -> { });

        assertThat(seen).isEmpty();
        assertThat(frame.isDisplayable()).isFalse();
        assertThat(frame.getComponentCount()).isZero();
    }

    @Test
    void disposedBeforeItWasBuiltItNeverBuilds() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            // Created and disposed within one EDT task: the creation queued behind it must not run.
            SwingHost<JLabel> host = new SwingHost<>(new Frame(), () -> {
                seen.add("built");
                return new JLabel();
            });
            host.dispose();
        });
        SwingUtilities.invokeAndWait(() -> { });

        assertThat(seen).isEmpty();
    }
}
