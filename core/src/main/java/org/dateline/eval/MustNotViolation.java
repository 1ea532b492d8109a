package org.dateline.eval;

import org.dateline.event.Event;

/** A scored prediction read from a sentence that gold says must yield no event. */
public record MustNotViolation(String article, String fragment, Event event) {
}
