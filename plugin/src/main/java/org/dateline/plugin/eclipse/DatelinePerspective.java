package org.dateline.plugin.eclipse;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;

/**
 * The Dateline perspective: the timeline takes the room. In the IDE the Project Explorer (files
 * to open) sits on the left and the editor area stays below; a bare workbench shows the timeline alone.
 */
public class DatelinePerspective implements IPerspectiveFactory {
    public static final String ID = "org.dateline.plugin.eclipse.DatelinePerspective";
    static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        // A bare RCP runtime has no Project Explorer (nor files to edit): lay it out only where it exists.
        boolean ide = PlatformUI.getWorkbench().getViewRegistry().find(PROJECT_EXPLORER) != null;
        layout.setEditorAreaVisible(ide);
        if (ide) {
            IFolderLayout left = layout.createFolder("org.dateline.plugin.eclipse.left", IPageLayout.LEFT, 0.2f, editorArea);
            left.addView(PROJECT_EXPLORER);
        }
        layout.addView(TimelineView.ID, IPageLayout.TOP, ide ? 0.75f : 0.95f, editorArea);
        layout.getViewLayout(TimelineView.ID).setCloseable(true);
        layout.addShowViewShortcut(TimelineView.ID);
    }
}
