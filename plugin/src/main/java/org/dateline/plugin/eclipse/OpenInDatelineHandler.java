package org.dateline.plugin.eclipse;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Open in Dateline": adds the selected .html, .htm or .txt files (Project Explorer) or the
 * file of the active editor (its context menu) to the Timeline view.
 */
public class OpenInDatelineHandler extends AbstractHandler {
    public static final String COMMAND_ID = "org.dateline.plugin.commands.openInDateline";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        List<Path> files = selectedArticles(event);
        if (files.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), Messages.Dateline, Messages.OpenInDateline_nothingSelected);
            return null;
        }
        try {
            TimelineView view = (TimelineView) window.getActivePage().showView(TimelineView.ID);
            view.open(files);
        } catch (PartInitException e) {
            throw new ExecutionException(Messages.TimelineView_cannotOpen, e);
        }
        return null;
    }

    /** In an editor's context menu the editor's file; elsewhere the selected files. */
    static List<Path> selectedArticles(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof IEditorPart editor) {
            return ArticleFiles.from(editor.getEditorInput());
        }
        return ArticleFiles.from(HandlerUtil.getCurrentSelection(event));
    }
}
