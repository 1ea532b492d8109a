package org.dateline.eval;

import org.dateline.action.CameoCode;
import org.dateline.actor.Actor;
import org.dateline.event.DateSource;
import org.dateline.event.Event;
import org.dateline.event.Evidence;
import org.dateline.event.Modality;

/** Short-hand predictions for the evaluation tests. */
final class Events {
    private Events() {
    }

    static Event event(String date, String code, String source, String target, Modality modality,
                       String sentence) {
        return new Event(date, null, DateSource.EXPLICIT, null, new CameoCode(code, "label", 1, 0),
                "trigger", actor(source), actor(target), modality, new Evidence(sentence, 0, sentence.length()));
    }

    static Event asserted(String date, String code, String source, String target) {
        return event(date, code, source, target, Modality.ASSERTED, "A sentence.");
    }

    static GoldEvent gold(String date, String cameo, String source, String target) {
        return new GoldEvent(date, cameo, source, target, "asserted", "fragment");
    }

    private static Actor actor(String entity) {
        return entity == null ? null : new Actor(entity, entity, "");
    }
}
