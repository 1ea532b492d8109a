package org.dateline.eval;

/**
 * One event a careful reader finds in an article (samples/gold/README.md).
 *
 * @param date     ISO date at its granularity: "2014", "2014-09" or "2014-09-05"
 * @param cameo    CAMEO code of 2 to 4 digits; scoring compares the 2-digit root
 * @param source   entity code of who acts ("RUS", "EU"), or null when the article does not say
 * @param target   entity code of who is acted upon, or null
 * @param modality "asserted" or "planned"
 * @param evidence a short exact fragment of the sentence, for humans
 */
public record GoldEvent(String date, String cameo, String source, String target, String modality,
                        String evidence) {
    /** The two-digit CAMEO root, e.g. "16" for "163". */
    public String root() {
        return cameo.substring(0, 2);
    }
}
