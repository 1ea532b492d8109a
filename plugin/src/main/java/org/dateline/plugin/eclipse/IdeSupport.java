package org.dateline.plugin.eclipse;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * What the IDE application does and a minimal workbench must do itself: register the labels and
 * icons of workspace resources, open a file in the text editor. org.eclipse.ui.ide is optional:
 * checked before use.
 */
final class IdeSupport {
    static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";
    private static final boolean AVAILABLE = ideAvailable();

    private IdeSupport() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    /** Registers the resource adapters when org.eclipse.ui.ide is there; does nothing otherwise. */
    static void registerAdapters() {
        if (AVAILABLE) {
            Ide.registerAdapters();
        }
    }

    /** Opens a workspace file (an IFile) in the text editor; needs {@link #available()}. */
    static IEditorPart openInTextEditor(IWorkbenchPage page, Object file) throws PartInitException {
        return Ide.openInTextEditor(page, file);
    }

    private static boolean ideAvailable() {
        try {
            Class.forName("org.eclipse.ui.ide.IDE", false, IdeSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only when org.eclipse.ui.ide is there. */
    private static final class Ide {
        static void registerAdapters() {
            IDE.registerAdapters();
        }

        static IEditorPart openInTextEditor(IWorkbenchPage page, Object file) throws PartInitException {
            return IDE.openEditor(page, (IFile) file, TEXT_EDITOR, true);
        }
    }
}
