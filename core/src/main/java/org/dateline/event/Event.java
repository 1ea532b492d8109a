package org.dateline.event;

import org.dateline.action.CameoCode;
import org.dateline.actor.Actor;

/**
 * Who did what to whom, when, how sure, and the sentence that says so.
 *
 * @param date       ISO value at its granularity ("2014", "2014-09", "2014-09-05"), or null
 * @param end        end of a range, or null
 * @param dateSource how the date was found
 * @param dateText   the temporal expression the date came from, or null
 * @param action     the CAMEO code
 * @param trigger    the words that denote the action, as written
 * @param source     who acts, or null when the sentence does not say
 * @param target     who is acted upon, or null
 * @param modality   asserted, negated, hypothetical or planned
 * @param evidence   the sentence and its offsets in the main text
 */
public record Event(String date, String end, DateSource dateSource, String dateText,
                    CameoCode action, String trigger, Actor source, Actor target,
                    Modality modality, Evidence evidence) {
}
