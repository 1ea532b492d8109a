package org.dateline.timeline;

import java.util.EventListener;

/** Told after the timeline model changed, on the thread that changed it (the EDT in the UI). */
@FunctionalInterface
public interface TimelineListener extends EventListener {
    void timelineChanged(TimelineChange change);
}
