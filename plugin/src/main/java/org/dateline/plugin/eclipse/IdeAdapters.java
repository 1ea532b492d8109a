package org.dateline.plugin.eclipse;

import org.eclipse.ui.ide.IDE;

/**
 * The IDE's labels and icons for workspace resources, which the IDE application registers and a
 * minimal workbench must register itself. org.eclipse.ui.ide is optional: checked before use.
 */
final class IdeAdapters {
    private IdeAdapters() {
    }

    /** Registers them when org.eclipse.ui.ide is there; does nothing otherwise. */
    static void register() {
        try {
            Class.forName("org.eclipse.ui.ide.IDE", false, IdeAdapters.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return;
        }
        Registrar.register();
    }

    /** Loaded only when org.eclipse.ui.ide is there. */
    private static final class Registrar {
        static void register() {
            IDE.registerAdapters();
        }
    }
}
