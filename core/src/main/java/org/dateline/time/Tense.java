package org.dateline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the clause around an expression speaks of the future ("will meet on Tuesday", "is
 * due to", "plans to") or of the past ("met on Tuesday"). The cue nearest to the expression
 * within its sentence decides (one before the expression weighs double); without any cue
 * it is neither.
 */
final class Tense {
    static final Cues FUTURE = Cues.of(futureCues());
    static final Cues PAST = Cues.withEdWords(List.of(
            "was", "were", "had", "did", "said", "told", "ago", "last", "since", "earlier", "went",
            "came", "took", "gave", "made", "met", "began", "fought", "held", "left", "saw", "struck",
            "shot", "fell", "rose", "sent", "spoke", "wrote", "won", "lost", "got", "brought", "found",
            "thought", "kept", "led", "paid", "sold", "bought", "fled", "hit", "broke", "drove", "flew",
            "ran"),
            List.of("*ceed", "need", "speed", "feed", "seed", "breed", "bleed", "heed", "indeed",
                    "hundred", "sacred", "naked", "wicked", "rugged", "crooked", "beloved"));
    private static final Pattern OPENING = Pattern.compile("\\s*(?:\\w+\\s+)?(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private final TenseText text;
    private final int start;
    private final int end;
    private int sentenceStart = -1; // worked out once
    private int sentenceEnd = -1;
    private Boolean future;
    private Boolean past;
    private int pastDistance;
    private static final int CLOSE = 30;
    private static final int NEAR = 40;

    Tense(TenseText text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    // Tried in this order at each word: "plans to" before "plans", "is due to" before "is to".
    private static List<String> futureCues() {
        List<String> cues = new ArrayList<>(List.of("will", "won't", "'ll", "shall"));
        for (String be : List.of("is", "are", "am", "was", "were")) {
            for (String then : List.of("due ", "scheduled ", "set ", "expected ", "going ", "")) {
                cues.add(be + " " + then + "to");
            }
        }
        cues.addAll(List.of("is expected in", "are expected in")); // "On Tuesday he is expected in Washington"
        cues.addAll(List.of("plans to", "plan to", "planned", "plans", "scheduled", "set to",
                "expected to", "intends to", "intend to", "upcoming", "would", "next !to", "due",
                "as soon as", "as early as", "starting"));
        return cues;
    }

    /** A future cue is nearest (or as near as a past one: "planned" is both). */
    boolean future() {
        decide();
        return future;
    }

    /** A past cue is nearest. Neither future nor past when the sentence has no cue. */
    boolean past() {
        decide();
        return past;
    }

    private void decide() {
        if (future != null) {
            return;
        }
        int from = sentenceStart();
        int to = sentenceEnd();
        // what is said after the expression ("on Thursday to say there would be peace") has a
        // tense of its own: its cues are not the expression's clause's
        int saying = sayingAfter(end, to);
        int[] relative = relativeClause(end, saying);
        decide(from, to, relative == null ? saying : relative[0]);
        if (relative != null && !future && !past) {
            // ", Friedrich Merz, who is expected to become chancellor, called ...": a relative
            // clause after the expression has a tense of its own; what follows it is the clause's
            int p = nearest(text.past(), relative[1], from, to, saying, Integer.MAX_VALUE);
            int f = nearest(text.future(), relative[1], from, to, saying, Integer.MAX_VALUE);
            future = f <= p && f != Integer.MAX_VALUE;
            past = p < f;
            pastDistance = p;
            if (!future && !past) {
                decide(from, to, saying); // "the destruction on Tuesday of the dam, which sent a torrent": its only tense
            }
        }
    }

    // The span [start, end) of a relative clause opened by ", who" or ", which" after the
    // expression and before 'limit', up to its closing comma (or the limit); null when none.
    private int[] relativeClause(int after, int limit) {
        String t = text.text();
        for (int i = after; i + 1 < limit; i++) {
            if (t.charAt(i) != ',') {
                continue;
            }
            int w = i + 1;
            while (w < limit && t.charAt(w) == ' ') {
                w++;
            }
            if (t.startsWith("who ", w) || t.startsWith("which ", w)) {
                int close = w;
                while (close < limit && t.charAt(close) != ',') {
                    close++; // (within the clause: never a search of the rest of the text)
                }
                return new int[] {w, close};
            }
        }
        return null;
    }

    private void decide(int from, int to, int saying) {
        int p = nearestLookingBack(text.past(), from, to, saying, from);
        // A future cue is looked for only as far as it could be as near as the past one (what
        // is farther, and how much, decides nothing): one starting after end + p / 2 is
        // farther (distance 2 * (start - end)), and so is one that ends before start - p. So
        // only the few words before the expression are looked at, unless no past cue was found.
        boolean anyPast = p != Integer.MAX_VALUE;
        int f = nearestLookingBack(text.future(), from, to, anyPast ? Math.min(saying, end + p / 2 + 1) : saying,
                anyPast ? Math.max(from, start - p - FUTURE.longest()) : from);
        future = f <= p && f != Integer.MAX_VALUE;
        past = p < f;
        pastDistance = p;
    }

    /** A past cue is nearest and close by ("They took it in March"). */
    boolean pastClose() {
        decide();
        return past && pastDistance <= CLOSE;
    }

    /**
     * The sentence opens with the expression and a past verb closely follows it ("In March,
     * the company received..."), the usual shape of a sentence about a past event.
     */
    boolean justPast() {
        decide();
        if (!past || !OPENING.matcher(text.text()).region(sentenceStart(), start).matches()) {
            return false;
        }
        int pastCue = text.past().next(end, end, Math.min(sentenceEnd(), end + NEAR));
        return pastCue >= 0 && !text.future().find(end, pastCue);
    }

    // As nearest() from the sentence start, but the nearest cue before the expression is the
    // last, found looking back from it instead of through all the cues from the sentence
    // start; unless a cue that starts a little earlier runs over it (the scan from the
    // sentence start would skip it). Cues that start before 'lowest' are not looked for: when
    // the nearest is one of them, the answer may be MAX_VALUE instead of its distance.
    private int nearestLookingBack(Cues.InText cues, int from, int to, int before, int lowest) {
        int last = cues.lastStart(lowest, start, from, to);
        int best = Integer.MAX_VALUE;
        if (last >= 0) {
            if (cues.overlapped(last, from, to)) {
                return nearest(cues, from, from, to, before, best);
            }
            int lastEnd = cues.endAt(last, from, to);
            if (lastEnd > start) {
                return 0; // it runs into the expression
            }
            best = start - lastEnd;
        }
        // Where the scan from the sentence start would look next: the expression's start,
        // unless that is inside a run of letters and digits begun before it.
        int resume = start == from || Cues.scanned(text.text(), start) ? start : Cues.runEnd(text.text(), start, to);
        // A cue after the expression starting at end + best / 2 + 1 or later is farther than the
        // one before it (distance 2 * (start - end)): the scan stops there.
        int nearer = best == Integer.MAX_VALUE ? before : (int) Math.min(before, end + best / 2 + 1L);
        return nearest(cues, resume, from, to, nearer, best);
    }

    // Distance from the expression to the nearest cue in [from, to) that starts before 'before'
    // (not before the expression's end), or MAX_VALUE: the cues are found in order from i on,
    // the best distance so far (of those before i) being 'best'.
    private int nearest(Cues.InText cues, int i, int from, int to, int before, int best) {
        int cueEnd;
        // Cues do not overlap: the next is looked for from the end of the last.
        for (int cueStart = cues.next(i, from, to, before); cueStart >= 0;
             cueStart = cues.next(cueEnd, from, to, before)) {
            cueEnd = cues.endAt(cueStart, from, to);
            if (cueStart >= start && cueEnd <= end) {
                continue; // a cue inside the expression itself ("last", "next") is not the clause's
            }
            // A cue before the expression governs it more often than one after it: "said on
            // Tuesday he would", "are due to begin on Friday in the occupied parts".
            if (cueEnd <= start) {
                best = Math.min(best, start - cueEnd);
            } else {
                // The first cue from here on is the nearest: the rest start farther away.
                return Math.min(best, Math.max(2 * (cueStart - end), 0));
            }
        }
        return best;
    }

    private static final Set<String> SAYING = Set.of("say", "says", "said", "saying", "tell",
            "tells", "told", "telling");

    // Where the expression's clause stops giving it cues, within [from, to); else to. What is
    // said after it has a tense of its own: the first speech verb ends the clause, the verb
    // itself being the clause's ("On Sunday, the police said"), unless it only attributes the
    // clause after a comma ("is due to speak on Thursday, the White House said"); a clause
    // opened by "that" ("warned Putin on Tuesday that the West would respond") starts there.
    private int sayingAfter(int from, int to) {
        String t = text.text();
        int i = from;
        int comma = -1;
        while (i < to) {
            while (i < to && !Character.isLetter(t.charAt(i))) {
                if (t.charAt(i) == ',' && comma < 0) {
                    comma = i;
                }
                i++;
            }
            int wordStart = i;
            while (i < to && Character.isLetter(t.charAt(i))) {
                i++;
            }
            int length = i - wordStart;
            if (length == 4 && t.regionMatches(true, wordStart, "that", 0, 4)) {
                return wordStart;
            }
            if (length >= 3 && length <= 7 && SAYING.contains(t.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
                return comma >= 0 && !opensSentence() ? comma : i;
            }
        }
        return to;
    }

    // The expression opens its sentence, give or take a word or two ("On Sunday, ...").
    private boolean opensSentence() {
        return OPENING.matcher(text.text()).region(sentenceStart(), start).matches();
    }

    private int sentenceStart() {
        if (sentenceStart < 0) {
            sentenceStart = text.sentenceStart(start);
        }
        return sentenceStart;
    }

    private int sentenceEnd() {
        if (sentenceEnd < 0) {
            sentenceEnd = text.sentenceEnd(end);
        }
        return sentenceEnd;
    }
}
