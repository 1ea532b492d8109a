package org.dateline.plugin.eclipse;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens one window on the Dateline perspective, with a menu bar the plugin.xml menus fill. */
final class DatelineWorkbenchAdvisor extends WorkbenchAdvisor {
    private final RunOptions options;
    private ScriptedRun run;

    DatelineWorkbenchAdvisor(RunOptions options) {
        this.options = options;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // Each run starts from the perspective as declared, not from a saved layout.
        configurer.setSaveAndRestore(false);
        IdeSupport.registerAdapters();
    }

    /** The workspace, when there is one, so that the Project Explorer shows its projects. */
    @Override
    public IAdaptable getDefaultPageInput() {
        return WorkspaceFiles.root();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return DatelinePerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                configurer.setInitialSize(new Point(1280, 800));
                configurer.setShowCoolBar(false);
                configurer.setShowStatusLine(true);
                configurer.setTitle(Messages.Dateline);
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
                return new ActionBarAdvisor(actionBars) {
                    @Override
                    protected void fillMenuBar(IMenuManager menuBar) {
                        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
                    }
                };
            }
        };
    }

    @Override
    public void postStartup() {
        run = new ScriptedRun(options, getWorkbenchConfigurer().getWorkbench());
        run.start();
    }

    @Override
    public boolean preShutdown() {
        try {
            WorkspaceFiles.save();
        } catch (CoreException e) {
            System.err.println("dateline: saving the workspace failed: " + e.getMessage());
        }
        return true;
    }

    /** For a scripted run: did the view come up and the screenshot get written? */
    boolean succeeded() {
        return run != null && run.succeeded();
    }
}
