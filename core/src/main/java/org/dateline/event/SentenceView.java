package org.dateline.event;

import java.util.ArrayList;
import java.util.List;
import org.dateline.action.ActionMatch;
import org.dateline.event.ClauseReader.Name;
import org.dateline.event.ClauseReader.Ref;
import org.dateline.text.Token;

/**
 * One sentence as the event reader sees it: its tokens, actor names and action phrases, with
 * the queries every reading rule needs (words, names at a position, clauses, relative clauses,
 * coordinated names). The rules themselves are in ClauseStructure.
 */
abstract class SentenceView {
    // Word lists (see WordClasses), each a bit
    static final long BOUNDARIES = WordClasses.of(";", ":", "but", "while", "whereas", "although",
            "though", "because");

    static final long RELATIVES = WordClasses.of("who", "which", "whose", "where", "whom");

    // the commonest words asked for, as lists: a bit of an array, not the token's string, is read
    static final long COMMA = WordClasses.of(",");
    static final long AND = WordClasses.of("and");

    private static final long TOGETHER = WordClasses.of("together", "along");
    private static final long QUANTITIES = WordClasses.of("dozens", "hundreds", "thousands", "scores", "tens");
    private static final long REGION_ADJECTIVES = WordClasses.of("eastern", "western", "northern", "southern",
            "central", "occupied");
    private static final long CONJUNCTIONS = WordClasses.of("and", "but", "while");
    private static final long TITLES = WordClasses.of("president", "prime", "minister", "chancellor", "premier",
            "secretary", "general", "foreign", "defence", "defense", "king", "queen", "pope", "senator", "ambassador");
    /** People who act for their state or organisation: "NATO ambassadors", "Russian diplomats". */
    static final long MEMBERS = WordClasses.of("leaders", "ministers", "heads", "members", "envoys",
            "officials", "representatives", "delegations", "delegates", "diplomats", "ambassadors", "governments",
            "leader", "minister", "head", "member", "envoy", "official", "representative", "delegation", "delegate",
            "diplomat", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chief", "commander", "premier");
    /** The armed forces of a state or side: "Ukrainian troops". */
    static final long FORCES = WordClasses.of("troops", "forces", "fighters", "army", "soldiers",
            "military", "units", "navy", "warplanes", "jets");
    static final long THE_OR_POSSESSIVE = WordClasses.of("the", "his", "her", "its", "their");
    private static final long INDEFINITE = WordClasses.of("a", "an");
    private static final long COMMA_OR_AND = WordClasses.of(",", "and");
    // Clauses that a participle aside may hold before its closing comma.
    private static final long ASIDE_SUBORDINATORS = WordClasses.of("while", "although", "though", "because");

    /** The relative-clause spans [from, to) of tokens of the sentence. */
    private List<int[]> relativeSpans() {
        List<int[]> spans = new ArrayList<>();
        for (int k = from + 1; k < to; k++) {
            if (!is(k - 1, COMMA)) {
                continue; // every such clause opens after a comma
            }
            boolean together = is(k, TOGETHER) && k + 1 < to
                    && tokens.get(k + 1).norm().equals("with"); // ", together with the separatist leaders,"
            boolean prepositional = k + 1 < to && lowerInitial(k) && is(k + 1, RELATIVES)
                    && !is(k, RELATIVES) && tokens.get(k).isWord(); // ", on whose border Russia massed troops,"
            if (is(k, RELATIVES) || participle(k) || together || prepositional) {
                int e = k + 1;
                // ", writing on Twitter while the fire was still burning,", ", who learned of it while
                // on a visit to Warsaw,": the subordinate clause is the aside's own, up to its comma
                boolean aside = participle(k) || is(k, RELATIVES);
                while (e < to && !(is(e, BOUNDARIES) && !(aside && is(e, ASIDE_SUBORDINATORS))) && !(is(e, COMMA)
                        && !(e + 1 < to && (is(e + 1, AND)
                        || upperInitial(e + 1) && listContinues(e + 1))))) {
                    e++; // ", which also includes Australia, Belgium and Ukraine," ends after the list
                    if (e < to && is(e, COMMA) && is(k, RELATIVES)) {
                        e = pastApposition(e); // ", which Spain's prime minister, Pedro Sánchez, is hosting"
                    }
                }
                spans.add(new int[] {k - 1, e});
                k = e;
            }
        }
        return spans;
    }

    // At the comma of "prime minister, Pedro Sánchez, is": the comma after the name in apposition
    // to the noun before (the clause goes on after it); else the comma itself.
    private int pastApposition(int comma) {
        if (!lowercaseWord(comma - 1)) {
            return comma;
        }
        int e = comma + 1;
        while (e < to && e <= comma + 4 && upperInitial(e) && tokens.get(e).isWord()) {
            e++;
        }
        return e > comma + 1 && e < to && is(e, COMMA) && e + 1 < to && lowerInitial(e + 1) ? e + 1 : comma;
    }

    // After "Australia, ": more of the list follows ("Belgium, Malaysia and Ukraine") before the clause ends.
    private boolean listContinues(int k) {
        for (int e = k; e < to && e < k + 12; e++) {
            if (is(e, AND)) {
                return true;
            }
            if (!is(e, COMMA) && !upperInitial(e)) {
                return false;
            }
        }
        return false;
    }

    // ", meeting in Brussels,", ", striking cities with missiles", ", according to Kyiv,"
    boolean participle(int k) {
        String n = tokens.get(k).norm();
        return n.length() > 4 && n.endsWith("ing") && lowerInitial(k);
    }

    final List<Token> tokens;

    final int from;

    final int to;

    final List<Name> names;

    final List<ActionMatch> actions;

    final List<int[]> relatives;

    final int[] ids; // the vocabulary ids of all the tokens

    // Per token of the sentence, computed once: the rules ask these at every step of their scans.
    private final long[] classes; // the word lists (WordClasses bits) each token is in
    private final boolean[] boundaries;
    private final int[][] relativeAt; // the span of relatives holding each token, or null
    private final int[] nameEnding;
    private final int[] nameStarting;
    // How each token is written: its first character upper case, lower case or a digit, and
    // whether it is a word (Token#isWord). Read once here: the scans ask it at every step, and a
    // string's character read in place is code the JIT inlines at a large cost into them.
    private final byte[] shapes;
    private static final byte UPPER = 1;
    private static final byte LOWER = 2;
    private static final byte DIGIT = 4;
    private static final byte WORD = 8;

    SentenceView(List<Token> tokens, int[] ids, int from, int to, List<Name> names, List<ActionMatch> actions) {
        this.tokens = tokens;
        this.from = from;
        this.to = to;
        this.names = names;
        this.actions = actions;
        this.ids = ids;
        this.classes = WordClasses.in(ids, from, to);
        this.shapes = shapes(tokens, from, to);
        this.relatives = relativeSpans();
        this.relativeAt = new int[to - from][];
        for (int[] r : relatives) { // spans never overlap
            for (int k = Math.max(r[0], from); k < Math.min(r[1], to); k++) {
                relativeAt[k - from] = r;
            }
        }
        this.boundaries = new boolean[to - from];
        for (int k = from; k < to; k++) {
            boundaries[k - from] = is(k, BOUNDARIES) || is(k, COMMA) && is(k + 1, CONJUNCTIONS);
        }
        this.nameEnding = new int[to - from];
        this.nameStarting = new int[to - from];
        java.util.Arrays.fill(nameEnding, -1);
        java.util.Arrays.fill(nameStarting, -1);
        for (int n = names.size() - 1; n >= 0; n--) { // backwards: the first name wins where two share a token
            Name name = names.get(n);
            if (name.to() - 1 >= from && name.to() - 1 < to) {
                nameEnding[name.to() - 1 - from] = n;
            }
            if (name.from() >= from && name.from() < to) {
                nameStarting[name.from() - from] = n;
            }
        }
    }

    String norm(int k) {
        return k >= from && k < to ? tokens.get(k).norm() : "";
    }

    private static byte[] shapes(List<Token> tokens, int from, int to) {
        byte[] out = new byte[to - from];
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            char initial = t.text().charAt(0);
            int shape = Character.isUpperCase(initial) ? UPPER : Character.isLowerCase(initial) ? LOWER : 0;
            shape |= Character.isDigit(initial) ? DIGIT : 0;
            out[k - from] = (byte) (shape | (t.isWord() ? WORD : 0));
        }
        return out;
    }

    /** Whether token k starts with an upper-case letter ("Kyiv", "The"). */
    boolean upperInitial(int k) {
        return k >= from && k < to ? (shapes[k - from] & UPPER) != 0
                : Character.isUpperCase(tokens.get(k).text().charAt(0));
    }

    /** Whether token k starts with a lower-case letter. */
    boolean lowerInitial(int k) {
        return k >= from && k < to ? (shapes[k - from] & LOWER) != 0
                : Character.isLowerCase(tokens.get(k).text().charAt(0));
    }

    /** A word (not a sign) written in lower case. */
    boolean lowercaseWord(int k) {
        return lowerInitial(k) && tokens.get(k).isWord();
    }

    /** Whether token k starts with a digit. */
    boolean digitInitial(int k) {
        return k >= from && k < to ? (shapes[k - from] & DIGIT) != 0 : Character.isDigit(tokens.get(k).text().charAt(0));
    }

    /** Whether token k is a word or number, not punctuation (see Token#isWord). */
    boolean word(int k) {
        return k >= from && k < to ? (shapes[k - from] & WORD) != 0 : tokens.get(k).isWord();
    }

    /** Whether token k is a word of the list (a WordClasses bit); false outside the sentence. */
    boolean is(int k, long list) {
        return k >= from && k < to && (classes[k - from] & list) != 0;
    }

    /** The relative-clause span (one of relatives) holding token k, or null. */
    int[] relativeOf(int k) {
        return k >= from && k < to ? relativeAt[k - from] : null;
    }

    /** The token before name n, passing over "the": "at the UN" gives "at". */
    int before(Name name) {
        int k = name.from() - 1;
        if (is(k, REGION_ADJECTIVES)) {
            k--; // "in eastern Ukraine"
        }
        if (norm(k).equals("of") && is(k - 1, QUANTITIES)) {
            k -= 2; // "dozens of armed separatists occupied": the quantity stands for them
        }
        return norm(k).equals("the") ? k - 1 : k;
    }

    /** The name whose last token is k, or -1. */
    int nameEndingAt(int k) {
        return k >= from && k < to ? nameEnding[k - from] : -1;
    }

    /** The name whose first token is k, or -1. */
    int nameStartingAt(int k) {
        return k >= from && k < to ? nameStarting[k - from] : -1;
    }

    /** A clause boundary: ";", "but", "because"..., or a comma before "and", "but", "while". */
    boolean boundary(int k) {
        return k >= from && k < to && boundaries[k - from];
    }

    /** Token range [from, to) of the clause of token k. */
    int[] clause(int k) {
        int[] rel = relativeOf(k);
        if (rel != null) {
            return rel;
        }
        int lo = k;
        while (lo > from && !boundary(lo - 1)) {
            lo--;
        }
        int hi = k;
        while (hi < to && !boundary(hi)) {
            hi++;
        }
        return new int[] {lo, hi};
    }

    /** Name n with the names coordinated before it: "Russia, Belarus and Ukraine". */
    List<Ref> coordinated(int n) {
        List<Ref> out = new ArrayList<>();
        out.add(new Ref(n, null));
        int k = beforeTitle(names.get(n).from() - 1);
        if (is(k, THE_OR_POSSESSIVE) || is(k, INDEFINITE)) {
            k--; // "Lavrov and his Ukrainian counterpart", "NATO and a Russian delegation"
        }
        k = beforeDescription(k);
        // "A, B and C": the link nearest the last name must be "and", the others may be commas
        while (is(k, AND) || norm(k).equals("nor") || is(k, COMMA) && out.size() > 1) {
            int m = nameEndingAt(k - 1); // "nor": "Neither Moscow nor Kyiv has signed"
            if (m < 0 && is(k, AND) && is(k - 1, COMMA)) {
                // "Russia, Belarus, and Ukraine"; "Keir Starmer, and France's president, Emmanuel
                // Macron": a list or an apposition, its name after a comma; not two clauses ("at
                // the Elysee Palace, and Zelensky and Putin met")
                int listed = nameEndingAt(k - 2);
                m = listed >= 0 && is(names.get(listed).from() - 1, COMMA) ? listed : -1;
            }
            if (m < 0 && (is(k - 1, MEMBERS) || is(k - 1, FORCES))) {
                m = nameEndingAt(k - 2); // "NATO ambassadors and a Russian delegation": NATO's people
            }
            if (m < 0 || names.get(m).place()) {
                break;
            }
            out.add(0, new Ref(m, null));
            k = beforeDescription(beforeTitle(names.get(m).from() - 1));
            if (norm(k).equals("the")) {
                k--; // "Poland, the Czech Republic and Slovenia"
            }
        }
        return out;
    }

    /**
     * Before the description that precedes a person's name after a comma at k ("Britain's prime
     * minister, Keir Starmer, and France's president, Emmanuel Macron"): the description says
     * who the person is, and what is coordinated with the person stands before it. k itself
     * when there is none.
     */
    private int beforeDescription(int k) {
        if (!is(k, COMMA)) {
            return k;
        }
        int office = nameEndingAt(k - 1); // "France's president", an office the gazetteer names
        if (office >= 0 && !names.get(office).person() && is(k - 1, TITLES) && lowerInitial(k - 1)) {
            return names.get(office).from() - 1;
        }
        int j = k - 1;
        while (j > from && k - 1 - j < 3 && lowerInitial(j) && is(j, TITLES)) {
            j--; // "prime minister", "foreign minister", "president"
        }
        if (j == k - 1 || !norm(j).equals("'s")) {
            return k;
        }
        int state = nameEndingAt(j - 1);
        return state >= 0 && !names.get(state).person() ? names.get(state).from() - 1 : k;
    }

    /**
     * Before the title that precedes a person's name at k + 1: "Russian President" (a name of its
     * own) or "President" in "Ukrainian President Volodymyr Zelensky and Russian President
     * Vladimir Putin met"; k itself when there is none.
     */
    private int beforeTitle(int k) {
        int titled = nameEndingAt(k);
        if (titled >= 0 && holderOf(titled) >= 0) {
            return names.get(titled).from() - 1;
        }
        int j = k;
        while (j >= from && k - j < 3 && is(j, TITLES) && upperInitial(j)) {
            j--;
        }
        return j;
    }

    /**
     * Name n with the names coordinated after it: "Germany, Poland and France", "with Turkey and
     * the United Nations"; places join places only ("shelled Kharkiv and Odesa").
     */
    List<Ref> following(int n) {
        List<Ref> out = new ArrayList<>();
        out.add(new Ref(n, null));
        boolean place = names.get(n).place();
        int j = afterTitle(afterHolder(n));
        while (is(j, AND) || is(j, COMMA)) {
            int next = j + 1;
            if (norm(next).equals("the")) {
                next++;
            }
            int m = nameStartingAt(next);
            if (m < 0 || names.get(m).place() != place
                    || is(j, COMMA) && !is(afterTitle(afterHolder(m)), COMMA_OR_AND)) {
                break; // "If Russia invades Ukraine, the US will...": after a comma, only a list goes on
            }
            out.add(new Ref(m, null));
            j = afterTitle(afterHolder(m));
        }
        return out;
    }

    // After a title that is a name of its own, past the person holding it: "French President
    // Emmanuel Macron and German Chancellor Angela Merkel".
    private int afterHolder(int n) {
        int holder = holderOf(n);
        return holder >= 0 ? names.get(holder).to() : names.get(n).to();
    }

    // The person named right after name n when n is a title ("French President" in "French
    // President Emmanuel Macron"): n is neither a person nor a place. Else -1.
    int holderOf(int n) {
        Name title = names.get(n);
        int holder = nameStartingAt(title.to());
        return holder >= 0 && names.get(holder).person() && !title.person() && !title.place() ? holder : -1;
    }

    /**
     * After a listed name, past the title that makes it a person and the person's name:
     * "meet Ukraine's acting foreign minister, Andriy Deshchytsia, the US secretary of state John
     * Kerry and the EU's foreign policy chief" lists Ukraine, the US and the EU. Where no such
     * title follows, k itself.
     */
    private int afterTitle(int k) {
        int j = norm(k).equals("'s") ? k + 1 : k;
        int words = 0;
        while (j < to && words < TITLE_WORDS && (isTitleWord(j) || words > 0 && nameStartingAt(j) >= 0
                && names.get(nameStartingAt(j)).person())) {
            int person = nameStartingAt(j);
            j = person >= 0 && names.get(person).person() ? names.get(person).to() : j + 1;
            words++;
        }
        if (words == 0) {
            return k;
        }
        // ", Andriy Deshchytsia," names the holder of the title just given
        if (norm(j).equals(",")) {
            int e = j + 1;
            while (e < to && e - j <= 4 && upperInitial(e)
                    && nameStartingAt(e) < 0) {
                e++;
            }
            int holder = nameStartingAt(j + 1);
            if (holder >= 0 && names.get(holder).person()) {
                e = names.get(holder).to();
            }
            if (e > j + 1 && norm(e).equals(",")) {
                j = e;
            }
        }
        return j;
    }

    // A lower-case word of a title ("acting foreign minister", "secretary of state").
    private boolean isTitleWord(int k) {
        return lowerInitial(k) && !is(k, COMMA_OR_AND) && !is(k, TITLE_ENDS);
    }

    private static final int TITLE_WORDS = 6;
    private static final long TITLE_ENDS = WordClasses.of("in", "on", "at", "to", "for", "with", "after", "before",
            "who", "which", "that", "said", "says", "and", "but", "over", "about", "from", "during", "near");

    boolean startsOtherAction(int k, ActionMatch act) {
        for (ActionMatch other : actions) {
            if (other != act && other.fromToken() == k) {
                return true;
            }
        }
        return false;
    }
}
