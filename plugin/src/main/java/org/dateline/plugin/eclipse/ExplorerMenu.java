package org.dateline.plugin.eclipse;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;

/**
 * For the scripted run: the labels of a part's real context menu (a view's for its selection, an
 * editor's for its file), as the workbench fills it when the menu is about to show
 * (contributions, visibleWhen and all).
 */
final class ExplorerMenu {
    private ExplorerMenu() {
    }

    static List<String> labels(IViewPart view) {
        // The view's viewer is its selection provider; the context menu hangs on the viewer's control.
        Control control = view.getSite().getSelectionProvider() instanceof Viewer viewer ? viewer.getControl() : null;
        return labels(control == null ? null : control.getMenu());
    }

    /** The context menu of the text widget in this editor's window that has one (the editor's). */
    static List<String> labels(IEditorPart editor) {
        return labels(textMenu(editor.getSite().getShell()));
    }

    private static Menu textMenu(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof StyledText text && text.isVisible() && text.getMenu() != null) {
                return text.getMenu();
            }
            if (child instanceof Composite composite) {
                Menu menu = textMenu(composite);
                if (menu != null) {
                    return menu;
                }
            }
        }
        return null;
    }

    private static List<String> labels(Menu menu) {
        List<String> labels = new ArrayList<>();
        if (menu == null) {
            return labels;
        }
        // The Show event is what fills a popup menu; sending it fills the menu without a pointer
        // grab, which a display without a window manager may refuse.
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem item : menu.getItems()) {
            if (!item.getText().isEmpty()) {
                labels.add(item.getText().replace("&", ""));
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        return labels;
    }
}
