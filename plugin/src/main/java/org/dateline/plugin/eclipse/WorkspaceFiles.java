package org.dateline.plugin.eclipse;

import java.nio.file.Path;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
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
    }
}
