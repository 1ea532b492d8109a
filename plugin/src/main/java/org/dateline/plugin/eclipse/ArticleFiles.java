package org.dateline.plugin.eclipse;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPathEditorInput;

/**
 * Decides which of the things a user selected are articles Dateline can open: .html, .htm and
 * .txt files, whether they come from the Project Explorer (workspace files), an editor's input
 * (workspace or local path) or any view whose elements are or adapt to {@link File} or {@link Path}.
 */
public final class ArticleFiles {
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "txt");

    private ArticleFiles() {
    }

    /** The article files among a selection's elements, an editor input or a single element. */
    public static List<Path> from(Object selectionOrElement) {
        List<Path> files = new ArrayList<>();
        if (selectionOrElement instanceof IStructuredSelection selection) {
            for (Object element : selection.toList()) {
                addIfArticle(element, files);
            }
        } else {
            addIfArticle(selectionOrElement, files);
        }
        return files;
    }

    /** True when the element (not a selection) is an article file; used by the menu's visibility test. */
    public static boolean isArticle(Object element) {
        Path file = fileOf(element);
        return file != null && hasArticleExtension(file);
    }

    /** By name only: .html, .htm or .txt, in any letter case. */
    public static boolean hasArticleExtension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(text.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static void addIfArticle(Object element, List<Path> files) {
        Path file = fileOf(element);
        if (file != null && hasArticleExtension(file) && !files.contains(file)) {
            files.add(file);
        }
    }

    /** The local file behind an element, or null when it has none (a folder still counts as a path). */
    static Path fileOf(Object element) {
        if (element == null) {
            return null;
        }
        if (element instanceof Path path) {
            return path;
        }
        if (element instanceof File file) {
            return file.toPath();
        }
        if (element instanceof IPathEditorInput input) {
            IPath path = input.getPath();
            return path == null ? null : path.toPath();
        }
        Path adapted = WorkspaceFiles.locationOf(element);
        if (adapted != null) {
            return adapted;
        }
        File file = Adapters.adapt(element, File.class);
        return file == null ? null : file.toPath();
    }
}
