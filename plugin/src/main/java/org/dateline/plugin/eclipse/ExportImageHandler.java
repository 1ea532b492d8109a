package org.dateline.plugin.eclipse;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Export Timeline Image…": the panel's own export dialog (PNG or SVG, chosen size). */
public class ExportImageHandler extends AbstractHandler {
    public static final String COMMAND_ID = "org.dateline.plugin.commands.exportImage";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        try {
            TimelineView view = (TimelineView) window.getActivePage().showView(TimelineView.ID);
            view.exportImage();
        } catch (PartInitException e) {
            throw new ExecutionException(Messages.TimelineView_cannotOpen, e);
        }
        return null;
    }
}
