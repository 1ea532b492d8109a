package org.dateline.plugin.eclipse;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.UIManager;
import javax.swing.plaf.metal.MetalLookAndFeel;

/** The embedded panel wears FlatLaf like the standalone window, unless this JVM already chose a look. */
final class SwingLook {
    private SwingLook() {
    }

    /** Call on the event-dispatch thread before building the panel. */
    static void apply() {
        if (!(UIManager.getLookAndFeel() instanceof MetalLookAndFeel)) {
            return; // another plugin (or the user) picked one: the look is global, leave it alone
        }
        // Inside OSGi, Swing must find FlatLaf's UI classes through the bundle's own class loader,
        // not through the event-dispatch thread's context class loader.
        UIManager.put("ClassLoader", FlatLaf.class.getClassLoader());
        FlatLightLaf.setup();
    }
}
