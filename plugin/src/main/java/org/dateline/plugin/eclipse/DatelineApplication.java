package org.dateline.plugin.eclipse;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * A minimal workbench that opens the Dateline perspective: application id
 * {@code org.dateline.plugin.application}. With {@code -dateline.screenshot} it is the scripted
 * proof run (see {@link RunOptions}) and exits with 0 only when the view came up.
 */
public class DatelineApplication implements IApplication {
    /** Exit code of a scripted run whose view never came up. */
    static final Integer EXIT_VIEW_NOT_UP = 3;

    @Override
    public Object start(IApplicationContext context) {
        RunOptions options;
        try {
            options = RunOptions.parse((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
        } catch (IllegalArgumentException e) {
            System.err.println("dateline: " + e.getMessage());
            return 2;
        }
        Display display = PlatformUI.createDisplay();
        try {
            DatelineWorkbenchAdvisor advisor = new DatelineWorkbenchAdvisor(options);
            int code = PlatformUI.createAndRunWorkbench(display, advisor);
            if (code == PlatformUI.RETURN_RESTART) {
                return EXIT_RESTART;
            }
            return options.scripted() && !advisor.succeeded() ? EXIT_VIEW_NOT_UP : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
