package org.dateline.plugin.eclipse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;

/**
 * Files of the IDE's workspace (Project Explorer elements). org.eclipse.core.resources is an
 * optional dependency: a bare RCP workbench lacks it, so its classes are touched only after
 * checking that they can be loaded.
 */
final class WorkspaceFiles {
    private static final boolean AVAILABLE = resourcesAvailable();

    private WorkspaceFiles() {
    }

    /** The element's location on disk when it is or adapts to a workspace resource, else null. */
    static Path locationOf(Object element) {
        return AVAILABLE ? Resources.locationOf(element) : null;
    }

    /** Is org.eclipse.core.resources there (an IDE, or the scripted run's runtime)? */
    static boolean available() {
        return AVAILABLE;
    }

    /**
     * The files as the Project Explorer shows them: a project whose folder links to the files'
     * folder, and its IFile elements. For the scripted run; needs {@link #available()}.
     */
    static List<Object> asWorkspaceFiles(List<Path> files) throws CoreException {
        return Resources.asWorkspaceFiles(files);
    }

    /** The workspace root, the input of the Project Explorer; null without a workspace. */
    static IAdaptable root() {
        return AVAILABLE ? Resources.root() : null;
    }

    /** Saves the workspace so that the next start finds it closed properly; a no-op without one. */
    static void save() throws CoreException {
        if (AVAILABLE) {
            Resources.save();
        }
    }

    private static boolean resourcesAvailable() {
        try {
            Class.forName("org.eclipse.core.resources.IResource", false, WorkspaceFiles.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only when core.resources is there. */
    private static final class Resources {
        static Path locationOf(Object element) {
            IResource resource = Adapters.adapt(element, IResource.class);
            if (resource == null) {
                return null;
            }
            IPath location = resource.getLocation();
            return location == null ? null : location.toPath();
        }

        static List<Object> asWorkspaceFiles(List<Path> files) throws CoreException {
            IWorkspace workspace = ResourcesPlugin.getWorkspace();
            IProject project = workspace.getRoot().getProject("dateline-articles");
            if (!project.exists()) {
                project.create(null);
            }
            project.open(null);
            List<Object> elements = new ArrayList<>();
            Map<Path, IFolder> folders = new HashMap<>();
            for (Path file : files) {
                Path dir = file.toAbsolutePath().getParent();
                IFolder folder = folders.get(dir);
                if (folder == null) {
                    folder = project.getFolder("articles-" + folders.size());
                    if (!folder.exists()) {
                        folder.createLink(IPath.fromPath(dir), IResource.NONE, null);
                    }
                    folders.put(dir, folder);
                }
                IFile element = folder.getFile(file.getFileName().toString());
                element.refreshLocal(IResource.DEPTH_ZERO, null);
                elements.add(element);
            }
            return elements;
        }

        static IAdaptable root() {
            return ResourcesPlugin.getWorkspace().getRoot();
        }

        static void save() throws CoreException {
            ResourcesPlugin.getWorkspace().save(true, null);
        }
    }
}
