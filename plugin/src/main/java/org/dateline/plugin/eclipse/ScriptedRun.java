package org.dateline.plugin.eclipse;

import java.awt.AWTException;
import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.dateline.timeline.TimelineEvent;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;

/**
 * The proof run, driven from the SWT UI thread by timers so that neither UI thread ever waits
 * for the other: opens the articles through the real "Open in Dateline" command; once the
 * Timeline view's Swing panel is on screen, closes the view, resizes the window, reopens the
 * view and opens the articles again (the view must survive that without deadlock or a leaked
 * AWT frame); waits until the panel has read every article, selects one event so that the
 * article view shows its evidence, lets it paint; photographs the window; writes the marker
 * file; closes the workbench. Without -dateline.screenshot it only opens the articles.
 */
final class ScriptedRun {
    private static final int POLL_MS = 250;

    private enum Phase { FIRST_OPEN, REOPENED, SETTLING, DONE }

    private final RunOptions options;
    private final IWorkbench workbench;
    private final Display display;
    private final AtomicBoolean panelShowing = new AtomicBoolean();
    private final AtomicInteger liveFrames = new AtomicInteger(-1);
    private final AtomicReference<Rectangle> panelOnScreen = new AtomicReference<>();
    private volatile boolean succeeded;
    private Phase phase = Phase.FIRST_OPEN;
    private List<Path> files = List.of();
    private String selectedAs = "nothing";
    private String contextMenu = "not evaluated";
    private List<String> explorerMenu;
    private List<String> editorMenu;
    private long startedAt;
    private long firstUpAt;
    private long loadedAt;
    private final AtomicBoolean loaded = new AtomicBoolean();
    private final AtomicInteger panelArticles = new AtomicInteger(-1);
    private final AtomicInteger panelEvents = new AtomicInteger(-1);

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
            files = options.articleFiles();
            if (!options.open().isEmpty() && files.isEmpty()) {
                System.err.println(NLS.bind(Messages.Run_noArticles, options.open()));
            }
        } catch (IOException e) {
            System.err.println("dateline: cannot list the articles: " + e.getMessage());
        }
        openFromTextEditor();
        openInDateline();
        if (options.scripted()) {
            display.timerExec(POLL_MS, this::poll);
        }
    }

    /**
     * Opens the first article in the IDE's text editor, reads the editor's context menu and runs
     * "Open in Dateline" with the editor active, as its context menu does. Needs the IDE bundles.
     */
    private void openFromTextEditor() {
        if (files.isEmpty() || !WorkspaceFiles.available() || !IdeSupport.available()) {
            return;
        }
        try {
            Object file = WorkspaceFiles.asWorkspaceFiles(files.subList(0, 1)).get(0);
            IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
            IEditorPart editor = IdeSupport.openInTextEditor(page, file);
            editorMenu = ExplorerMenu.labels(editor);
            System.out.println("dateline: the text editor's context menu for " + files.get(0).getFileName() + ": " + editorMenu);
            workbench.getService(IHandlerService.class).executeCommand(OpenInDatelineHandler.COMMAND_ID, null);
        } catch (Exception e) {
            System.err.println("dateline: opening an article from the text editor failed: " + e);
        }
    }

    /**
     * Selects the articles in the Project Explorer and runs the command as its context menu does;
     * without a Project Explorer, runs it on a selection of the files.
     */
    private void openInDateline() {
        if (files.isEmpty()) {
            return;
        }
        IHandlerService handlers = workbench.getService(IHandlerService.class);
        if (selectInProjectExplorer()) {
            try {
                handlers.executeCommand(OpenInDatelineHandler.COMMAND_ID, null);
            } catch (Exception e) {
                System.err.println("dateline: Open in Dateline failed: " + e);
            }
            return;
        }
        ICommandService commands = workbench.getService(ICommandService.class);
        StructuredSelection selection = new StructuredSelection(selectionElements());
        IEvaluationContext context = new EvaluationContext(handlers.createContextSnapshot(true), selection);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, selection);
        ParameterizedCommand command = new ParameterizedCommand(commands.getCommand(OpenInDatelineHandler.COMMAND_ID), null);
        try {
            handlers.executeCommandInContext(command, null, context);
        } catch (Exception e) {
            System.err.println("dateline: Open in Dateline failed: " + e);
        }
    }

    /** Shows the Project Explorer, active, with the article files selected; false without one. */
    private boolean selectInProjectExplorer() {
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        if (!WorkspaceFiles.available()
                || workbench.getViewRegistry().find(DatelinePerspective.PROJECT_EXPLORER) == null) {
            return false;
        }
        try {
            List<Object> elements = WorkspaceFiles.asWorkspaceFiles(files);
            if (contextMenu.equals("not evaluated")) {
                checkContextMenu(elements);
            }
            IViewPart explorer = page.showView(DatelinePerspective.PROJECT_EXPLORER);
            if (!(explorer instanceof ISetSelectionTarget target)) {
                return false;
            }
            target.selectReveal(new StructuredSelection(elements));
            if (explorerMenu == null) {
                explorerMenu = ExplorerMenu.labels(explorer);
                System.out.println("dateline: the Project Explorer's context menu for the articles: " + explorerMenu);
            }
            int selected = ((IStructuredSelection) explorer.getSite().getSelectionProvider().getSelection()).size();
            selectedAs = selected == files.size() ? "Project Explorer selection" : "Project Explorer selected " + selected;
            return true;
        } catch (Exception e) {
            System.err.println("dateline: cannot select the articles in the Project Explorer: " + e);
            return false;
        }
    }

    /** Workspace files, as the Project Explorer selects them, when the runtime has a workspace. */
    private List<?> selectionElements() {
        if (WorkspaceFiles.available()) {
            try {
                List<Object> elements = WorkspaceFiles.asWorkspaceFiles(files);
                selectedAs = "workspace files";
                if (contextMenu.equals("not evaluated")) {
                    checkContextMenu(elements);
                }
                return elements;
            } catch (Exception e) {
                System.err.println("dateline: cannot link the articles into the workspace: " + e);
            }
        }
        selectedAs = "local paths";
        return files;
    }

    /** The Project Explorer's menu offers "Open in Dateline" for articles, not for other files. */
    private void checkContextMenu(List<Object> articles) {
        try {
            Path other = files.get(0).toAbsolutePath().resolveSibling("not-an-article.pdf");
            boolean forArticles = ContextMenuCheck.shownFor(new StructuredSelection(articles));
            boolean forOther = ContextMenuCheck.shownFor(new StructuredSelection(WorkspaceFiles.asWorkspaceFiles(List.of(other))));
            contextMenu = (forArticles ? "shown" : "hidden") + " for articles, " + (forOther ? "shown" : "hidden") + " for other files";
        } catch (Exception e) {
            contextMenu = "not evaluated: " + e;
        }
        System.out.println("dateline: Open in Dateline context menu " + contextMenu);
    }

    private void poll() {
        if (display.isDisposed() || phase == Phase.DONE) {
            return;
        }
        if (System.nanoTime() - startedAt > options.timeoutSeconds() * 1_000_000_000L) {
            System.err.println(NLS.bind(Messages.Run_viewNotUp, options.timeoutSeconds()));
            phase = Phase.DONE;
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
        switch (phase) {
            case FIRST_OPEN -> reopen();
            case REOPENED -> {
                System.out.printf("dateline: Timeline view up again after close, resize and reopen (%.1f s)%n", seconds());
                countLiveFrames();
                view.onPanel(panel -> panelOnScreen.set(new Rectangle(panel.getLocationOnScreen(), panel.getSize())));
                phase = Phase.SETTLING;
            }
            case SETTLING -> settle(view);
            default -> throw new IllegalStateException(phase.name());
        }
        if (phase != Phase.DONE) {
            display.timerExec(POLL_MS, this::poll);
        }
    }

    /**
     * Waits until the panel has read every article, selects one event so that the article view
     * shows its evidence, lets the panel paint, then takes the screenshot.
     */
    private void settle(TimelineView view) {
        if (loadedAt == 0) {
            view.onPanel(panel -> {
                // Every opened file gives one entry, read or failed; the last ones can arrive
                // just after the loader reports it is done.
                if (!panel.loading() && panel.model().articles().size() >= files.size() && !loaded.get()) {
                    panelArticles.set(panel.model().articles().size());
                    panelEvents.set(panel.model().events().size());
                    // The range the panel opens on (2014 to the latest event), now that all is read.
                    panel.model().setRange(panel.model().openingRange());
                    List<TimelineEvent> byDay = panel.model().eventsByDay();
                    if (!byDay.isEmpty()) {
                        panel.model().select(List.of(byDay.get(byDay.size() / 2)));
                    }
                    loaded.set(true);
                }
            });
            if (loaded.get()) {
                loadedAt = System.nanoTime();
                System.out.printf("dateline: the panel read %d articles, %d dated events (%.1f s)%n",
                        panelArticles.get(), panelEvents.get(), seconds());
            }
        } else if (System.nanoTime() - loadedAt >= options.settleSeconds() * 1_000_000_000L) {
            phase = Phase.DONE;
            capture();
        }
    }

    /** Closes the view, resizes the window and opens the view and the articles again. */
    private void reopen() {
        firstUpAt = System.nanoTime();
        System.out.printf("dateline: Timeline view up after %.1f s%n", seconds());
        IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
        page.hideView(page.findView(TimelineView.ID));
        panelShowing.set(false);
        Shell shell = workbench.getActiveWorkbenchWindow().getShell();
        org.eclipse.swt.graphics.Point size = shell.getSize();
        shell.setSize(size.x * 3 / 4, size.y * 3 / 4);
        shell.setSize(size);
        try {
            page.showView(TimelineView.ID);
        } catch (PartInitException e) {
            System.err.println("dateline: reopening the Timeline view failed: " + e.getMessage());
        }
        openInDateline();
        phase = Phase.REOPENED;
    }

    /** The embedded frames still alive: one for the reopened view, none left from the closed one. */
    private void countLiveFrames() {
        SwingUtilities.invokeLater(() -> liveFrames.set(
                (int) Arrays.stream(Frame.getFrames()).filter(Frame::isDisplayable).count()));
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
        // The client area in screen coordinates, extended up to the menu bar: without a window
        // manager the rest of the shell's bounds is not painted.
        org.eclipse.swt.graphics.Rectangle client = display.map(shell, null, shell.getClientArea());
        int top = Math.max(0, shell.getBounds().y);
        Rectangle bounds = new Rectangle(client.x, top, client.width, client.y + client.height - top);
        Thread worker = new Thread(() -> {
            try {
                Robot robot = new Robot();
                BufferedImage image = robot.createScreenCapture(bounds);
                Rectangle panel = panelOnScreen.get();
                int panelColours = panel == null ? 0 : colours(robot.createScreenCapture(panel));
                write(image, panelColours);
                succeeded = true;
            } catch (AWTException | IOException | RuntimeException e) {
                System.err.println("dateline: screenshot failed: " + e);
            }
            display.asyncExec(workbench::close);
        }, "dateline-screenshot");
        worker.setDaemon(true);
        worker.start();
    }

    private void write(BufferedImage image, int panelColours) throws IOException {
        Path shot = options.screenshot().toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Path partial = shot.resolveSibling(shot.getFileName() + ".part");
        ImageIO.write(image, "png", partial.toFile());
        Files.move(partial, shot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("dateline: screenshot %s (%dx%d)%n", shot, image.getWidth(), image.getHeight());
        if (options.marker() != null) {
            Files.writeString(options.marker(), String.format(
                    "view=up%nreopened=yes%nawtFrames=%d%narticles=%d%npanelArticles=%d%npanelEvents=%d%nselectedAs=%s%ncontextMenu=%s%nexplorerMenu=%s%neditorMenu=%s%nscreenshot=%s%ncolours=%d%npanelColours=%d%nviewUpSeconds=%.1f%n",
                    liveFrames.get(), files.size(), panelArticles.get(), panelEvents.get(), selectedAs, contextMenu, explorerMenu, editorMenu, shot, colours(image), panelColours, (firstUpAt - startedAt) / 1e9));
        }
    }

    /** Distinct colours: a blank or one-colour window means nothing was painted. */
    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    private double seconds() {
        return (System.nanoTime() - startedAt) / 1e9;
    }
}
