package org.dateline.action;

/** How the event reader treats an action phrase; set in the lexicon's flags column. */
public enum ActionFlag {
    /** A speech verb ("said", "announced"): a 010 statement only when what is said holds no other action. */
    SPEECH,
    /** Takes a complement that is not an event of its own: "warned Russia not to recognize". */
    GOVERNS,
    /** Coordinated subjects act on each other: "Russia and Ukraine signed" is two events. */
    MUTUAL,
    /** A noun ("invasion", "air strikes"): its agent is the name just before it or after "by". */
    NOUN,
    /**
     * Happens between two entities: a visit to a place of the visitor's own country
     * ("Zelensky visited Kherson"), or praise of one's own ("Putin congratulated the Wagner
     * detachments"), is no event of this action.
     */
    ABROAD,
    /** In the present simple a state, not an event: "the regions that Russia occupies". */
    STATE,
    /**
     * With {@link #MUTUAL}: coordinated subjects are one event, the first named's towards each of
     * the others. "Zelensky and Putin spoke by telephone" is one call, and one side placed it.
     */
    CALLER
}
