package org.dateline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.text.Token;

/**
 * Relative clauses with no comma before them that open with their verb: "the ceasefire that was
 * to have held since Sunday", "the deal which took effect in January"; and those of a place ("the
 * town where bodies were found last spring"). A date inside one says
 * when the noun's own event happened, not when the sentence's other verbs did. Told from a
 * reported clause ("warned that Moscow would") by the verb right after "that" or "which".
 */
final class RestrictiveRelatives {
    // the verbs a subject relative clause opens with, besides any past form in -ed
    private static final Set<String> OPENING_VERBS = Set.of("was", "were", "is", "are", "had", "has", "have", "would",
            "will", "could", "took", "came", "began", "saw", "left", "went", "broke", "brought", "led", "met", "fell",
            "struck", "hit", "killed", "ran", "won");
    // words "that" follows as a conjunction, never as a relative pronoun
    private static final Set<String> NOT_ANTECEDENTS = Set.of("so", "such", "now", "given", "except", "but", "and",
            "or", "said", "says", "say", "told", "tell", "warned", "added", "noted", "stated", "announced", "claimed",
            "insisted", "believed", "believes", "thought", "think", "knew", "know", "hoped", "hope", "feared", "fear",
            "argued", "confirmed", "denied", "reported", "showed", "shows", "suggested", "suggests", "meant", "means",
            "ensure", "ensured", "agreed", "decided", "stressed", "repeated", "acknowledged", "admitted", "clear",
            "sure", "certain", "likely", "possible", "fact", "all", "is", "was", "were", "are");

    private RestrictiveRelatives() {
    }

    /** The spans [from, to) of tokens of such clauses in tokens [from, to), each up to its comma or the end. */
    static List<int[]> in(List<Token> tokens, int from, int to) {
        List<int[]> out = List.of();
        for (int k = from + 1; k + 1 < to; k++) {
            String w = tokens.get(k).norm();
            boolean where = w.equals("where") && placeBefore(tokens, k);
            if (!where && (!(w.equals("that") || w.equals("which")) || !opensRelative(tokens, k))) {
                continue;
            }
            int e = k + 1;
            while (e < to && tokens.get(e).isWord()) {
                e++; // up to the next comma or other punctuation
            }
            if (out.isEmpty()) {
                out = new ArrayList<>();
            }
            out.add(new int[] {k, e});
            k = e;
        }
        return out;
    }

    // "the town where bodies were found last spring": "where" after a noun, not after a verb
    // ("asked where the convoy was")
    private static boolean placeBefore(List<Token> tokens, int k) {
        Token before = tokens.get(k - 1);
        return before.isWord() && Character.isLowerCase(before.text().charAt(0)) && !NOT_ANTECEDENTS.contains(before.norm())
                && !WHERE_VERBS.contains(before.norm());
    }

    private static final Set<String> WHERE_VERBS = Set.of("asked", "ask", "asks", "know", "knew", "knows", "see",
            "saw", "decide", "decided", "showed", "show", "shows", "explain", "explained", "unclear", "clear", "tell",
            "learn", "learned", "wonder", "wondered", "is", "was", "exactly", "precisely", "from", "to", "of");

    private static boolean opensRelative(List<Token> tokens, int k) {
        Token before = tokens.get(k - 1);
        String next = tokens.get(k + 1).norm();
        return before.isWord() && Character.isLowerCase(before.text().charAt(0)) && !NOT_ANTECEDENTS.contains(before.norm())
                && (OPENING_VERBS.contains(next) || next.length() > 4 && next.endsWith("ed"));
    }
}
