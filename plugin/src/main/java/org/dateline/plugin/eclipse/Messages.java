package org.dateline.plugin.eclipse;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the Eclipse view, in messages.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.dateline.plugin.eclipse.messages";

    public static String Dateline;
    public static String OpenInDateline_nothingSelected;
    public static String TimelineView_cannotOpen;
    public static String Run_viewNotUp;
    public static String Run_noArticles;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
