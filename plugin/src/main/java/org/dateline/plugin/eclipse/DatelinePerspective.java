package org.dateline.plugin.eclipse;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;

/** The Dateline perspective: the timeline takes the room, the files to open sit on the left. */
public class DatelinePerspective implements IPerspectiveFactory {
    public static final String ID = "org.dateline.plugin.eclipse.DatelinePerspective";
    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        // A bare RCP runtime has no Project Explorer: only lay it out where it exists.
        if (PlatformUI.getWorkbench().getViewRegistry().find(PROJECT_EXPLORER) != null) {
            IFolderLayout left = layout.createFolder("org.dateline.plugin.eclipse.left", IPageLayout.LEFT, 0.2f, editorArea);
            left.addView(PROJECT_EXPLORER);
        }
        layout.addView(TimelineView.ID, IPageLayout.TOP, 0.95f, editorArea);
        layout.getViewLayout(TimelineView.ID).setCloseable(true);
        layout.addShowViewShortcut(TimelineView.ID);
    }
}
