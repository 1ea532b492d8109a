package org.dateline.plugin.eclipse;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The proof run, on the SWT UI thread: opens the articles through the real "Open in Dateline"
 * command, waits (without blocking either UI thread) until the Timeline view's Swing panel is
 * on screen, lets it load and paint, photographs the window, writes the marker file and closes
 * the workbench. Without -dateline.screenshot it only opens the articles.
 */
final class ScriptedRun {
    private static final int POLL_MS = 250;

    private final RunOptions options;
    private final IWorkbench workbench;
    private final Display display;
    private final AtomicBoolean panelShowing = new AtomicBoolean();
    private volatile boolean succeeded;
    private long startedAt;
    private long showingAt;
    private int articles;

    ScriptedRun(RunOptions options, IWorkbench workbench) {
        this.options = options;
        this.workbench = workbench;
        this.display = workbench.getDisplay();
    }

    boolean succeeded() {
        return succeeded;
    }

    void start() {
        startedAt = System.nanoTime();
        try {
            List<Path> files = options.articleFiles();
            articles = files.size();
            if (!options.open().isEmpty() && files.isEmpty()) {
                System.err.println(NLS.bind(Messages.Run_noArticles, options.open()));
            }
            if (!files.isEmpty()) {
                openInDateline(files);
            }
        } catch (Exception e) {
            // Reported, and the run fails below: the view must still come up for the proof.
            System.err.println("dateline: opening the articles failed: " + e);
            e.printStackTrace();
        }
        if (options.scripted()) {
            display.timerExec(POLL_MS, this::poll);
        }
    }

    /** Through the command service, exactly as the Project Explorer's context menu does. */
    private void openInDateline(List<Path> files) throws Exception {
        IHandlerService handlers = workbench.getService(IHandlerService.class);
        ICommandService commands = workbench.getService(ICommandService.class);
        StructuredSelection selection = new StructuredSelection(files);
        IEvaluationContext context = new EvaluationContext(handlers.createContextSnapshot(true), selection);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
        ParameterizedCommand command = new ParameterizedCommand(commands.getCommand(OpenInDatelineHandler.COMMAND_ID), null);
        handlers.executeCommandInContext(command, null, context);
    }

    private void poll() {
        if (display.isDisposed()) {
            return;
        }
        long elapsedMs = (System.nanoTime() - startedAt) / 1_000_000;
        if (elapsedMs > options.timeoutSeconds() * 1000L) {
            System.err.println(NLS.bind(Messages.Run_viewNotUp, options.timeoutSeconds()));
            workbench.close();
            return;
        }
        TimelineView view = findView();
        if (view == null || !panelShowing.get()) {
            if (view != null) {
                // Asked on the event-dispatch thread, answered through a flag: the UI thread never waits.
                SwingUtilities.invokeLater(() -> panelShowing.set(view.isPanelShowing()));
            }
            display.timerExec(POLL_MS, this::poll);
            return;
        }
        if (showingAt == 0) {
            showingAt = System.nanoTime();
            System.out.printf("dateline: Timeline view up after %.1f s%n", (showingAt - startedAt) / 1e9);
        }
        if (System.nanoTime() - showingAt < options.settleSeconds() * 1_000_000_000L) {
            display.timerExec(POLL_MS, this::poll);
            return;
        }
        capture();
    }

    private TimelineView findView() {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IViewPart part = page == null ? null : page.findView(TimelineView.ID);
        // A view whose controls failed is an error part, not ours: that is a failed run.
        return part instanceof TimelineView view ? view : null;
    }

    /** Photographs the window on a worker thread, so that both UI threads keep painting. */
    private void capture() {
        Shell shell = workbench.getActiveWorkbenchWindow().getShell();
        org.eclipse.swt.graphics.Rectangle b = shell.getBounds();
        Rectangle bounds = new Rectangle(b.x, b.y, b.width, b.height);
        Thread worker = new Thread(() -> {
            try {
                BufferedImage image = new Robot().createScreenCapture(bounds);
                write(image);
                succeeded = true;
            } catch (AWTException | IOException | RuntimeException e) {
                System.err.println("dateline: screenshot failed: " + e);
            }
            display.asyncExec(workbench::close);
        }, "dateline-screenshot");
        worker.setDaemon(true);
        worker.start();
    }

    private void write(BufferedImage image) throws IOException {
        Path shot = options.screenshot().toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Path partial = shot.resolveSibling(shot.getFileName() + ".part");
        ImageIO.write(image, "png", partial.toFile());
        Files.move(partial, shot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("dateline: screenshot %s (%dx%d)%n", shot, image.getWidth(), image.getHeight());
        if (options.marker() != null) {
            Files.writeString(options.marker(), String.format(
                    "view=up%narticles=%d%nscreenshot=%s%nviewUpSeconds=%.1f%n",
                    articles, shot, (showingAt - startedAt) / 1e9));
        }
    }
}
