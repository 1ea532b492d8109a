package org.dateline.action;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.text.Token;
import org.dateline.text.Vocabulary;

/**
 * A lexicon pattern over tokens. Parts, separated by spaces:
 * {@code word}, {@code a/b} (alternatives), {@code [impose]} or {@code [recognise/recognize]}
 * (any form of the verb; the first one is the head), {@code (new)} or {@code (a/the)} (optional),
 * {@code sanction*} (a word starting so), {@code ...} (up to five words of the same clause),
 * {@code {name}} (one to {@value #NAME_WORDS} capitalised words: "called Russian President Vladimir
 * Putin and").
 */
final class LexiconPattern {
    private static final int GAP = 5;
    // Words a gap never crosses: they start another clause.
    private static final WordSet CLAUSE_WORDS = WordSet.of("that", "which", "who", "but", "while", "whereas",
            "because", "after", "before", "although", "if", "when", "said", "says", "not", "n't");

    private enum Kind { WORDS, GAP, NAME }

    /** Most words a {name} slot takes: "Russian President Vladimir Putin". */
    static final int NAME_WORDS = 5;

    // words by Vocabulary id: a slot tests a bit, it compares no strings
    // lemmas: a verb slot's bare forms ("clash"), as written in the pattern
    private record Slot(Kind kind, Set<String> words, int[] wordIds, BitSet wordSet, Set<String> prefixes,
                        String[] prefixArray, boolean optional, boolean verb, WordSet participles,
                        WordSet lemmas) {
        Slot(Kind kind, Set<String> words, int[] wordIds, Set<String> prefixes, boolean optional, boolean verb,
             Set<String> participles, Set<String> lemmas) {
            this(kind, words, wordIds, bits(wordIds), prefixes, prefixes.toArray(new String[0]), optional, verb,
                    WordSet.of(participles), WordSet.of(lemmas));
        }

        private static BitSet bits(int[] ids) {
            BitSet out = new BitSet();
            for (int id : ids) {
                out.set(id);
            }
            return out;
        }

        // The i-th token of the sentence: its id decides, its word is read only for a prefix.
        boolean accepts(SentenceTokens tokens, int i) {
            return kind == Kind.WORDS && (has(tokens.id(i)) || prefixArray.length > 0 && startsWithAny(tokens.get(i).norm()));
        }

        boolean accepts(String norm, int id) {
            return kind == Kind.WORDS && (has(id) || prefixArray.length > 0 && startsWithAny(norm));
        }

        private boolean has(int id) {
            return id >= 0 && wordSet.get(id);
        }

        // a plain loop over an array: a stream, or an iterator, per token per slot was a good
        // share of the matching time
        private boolean startsWithAny(String n) {
            for (String p : prefixArray) {
                if (n.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Slot> slots;
    private final int headSlot;
    private final int specificity;
    // The words of each later slot that must match a listed word (required, no prefix): a
    // sentence that lacks all of one slot's words cannot match, so most tries end without
    // walking the gaps ("accused ... of ... war crimes" where no "crimes" occurs).
    private final int[][] required;

    // The lemmas of the head verb ("call"), and the words a gap right after it may not start with
    // (set once the whole lexicon is read; see barGapStart)
    private final Set<String> headLemmas;
    private WordSet barredGapStart;

    private LexiconPattern(List<Slot> slots, int headSlot, Set<String> headLemmas) {
        this.slots = slots;
        this.headSlot = headSlot;
        this.headLemmas = headLemmas;
        this.specificity = (int) slots.stream().filter(s -> s.kind() != Kind.GAP).count();
        this.required = slots.stream().skip(1)
                .filter(s -> s.kind() == Kind.WORDS && !s.optional() && s.prefixes().isEmpty())
                .map(Slot::wordIds).toArray(int[][]::new);
    }

    /** Parses a pattern; throws IllegalArgumentException with the reason when it is malformed. */
    static LexiconPattern parse(String pattern, VerbForms forms) {
        List<Slot> slots = new ArrayList<>();
        int head = -1;
        Set<String> headLemmas = Set.of();
        for (String part : pattern.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("...")) {
                slots.add(new Slot(Kind.GAP, Set.of(), new int[0], Set.of(), true, false, Set.of(), Set.of()));
                continue;
            }
            if (part.equals("{name}")) {
                if (slots.isEmpty()) {
                    throw new IllegalArgumentException("a pattern must start with a required word, not {name}");
                }
                slots.add(new Slot(Kind.NAME, Set.of(), new int[0], Set.of(), false, false, Set.of(), Set.of()));
                continue;
            }
            boolean optional = part.startsWith("(") && part.endsWith(")");
            boolean verb = part.startsWith("[") && part.endsWith("]");
            String body = optional || verb ? part.substring(1, part.length() - 1) : part;
            if (body.isEmpty() || body.matches(".*[()\\[\\]].*")) {
                throw new IllegalArgumentException("malformed part '" + part + "'");
            }
            Set<String> words = new LinkedHashSet<>();
            Set<String> prefixes = new LinkedHashSet<>();
            Set<String> participles = new LinkedHashSet<>();
            Set<String> lemmas = new LinkedHashSet<>();
            for (String alt : body.split("/")) {
                String w = Token.normalize(alt);
                if (w.isEmpty() || w.equals("*")) {
                    throw new IllegalArgumentException("empty alternative in '" + part + "'");
                }
                if (w.endsWith("*")) {
                    if (verb) {
                        throw new IllegalArgumentException("a verb slot takes no '*': '" + part + "'");
                    }
                    prefixes.add(w.substring(0, w.length() - 1));
                } else if (verb) {
                    words.addAll(forms.of(w));
                    participles.addAll(forms.participles(w));
                    lemmas.add(w);
                } else {
                    words.add(w);
                }
            }
            if (verb && head < 0) {
                head = slots.size();
                headLemmas = Set.copyOf(lemmas);
            }
            int[] wordIds = words.stream().mapToInt(Vocabulary::add).toArray();
            slots.add(new Slot(Kind.WORDS, Set.copyOf(words), wordIds, Set.copyOf(prefixes), optional, verb,
                    participles, Set.copyOf(lemmas)));
        }
        if (slots.isEmpty() || slots.get(0).optional() || slots.get(slots.size() - 1).kind() == Kind.GAP) {
            throw new IllegalArgumentException("a pattern must start with a required word and not end with '...'");
        }
        return new LexiconPattern(List.copyOf(slots), head < 0 ? 0 : head, headLemmas);
    }

    /** The lemmas of the head verb slot; empty when the pattern has none. */
    Set<String> headLemmas() {
        return headLemmas;
    }

    /**
     * The particle the head verb takes right after it, when the pattern requires one ("[call]
     * on/upon": "on", "upon"); empty otherwise.
     */
    Set<String> particlesAfterHead() {
        int k = headSlot + 1;
        while (k < slots.size() && slots.get(k).kind() == Kind.WORDS && slots.get(k).optional()) {
            k++; // "[call] (again/also) on/upon"
        }
        if (headLemmas.isEmpty() || k >= slots.size()) {
            return Set.of();
        }
        Slot next = slots.get(k);
        if (next.kind() != Kind.WORDS || next.verb() || !next.prefixes().isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>(next.words());
        out.retainAll(PARTICLES);
        return out;
    }

    // Prepositions that give a verb another meaning ("call on", "call for": appeal, not name); "break
    // off relations" is the same breaking as "break relations", so "off" is none of them
    private static final Set<String> PARTICLES = Set.of("on", "upon", "for");

    /**
     * A gap right after the head may not start with these words: the particles the same verb takes
     * in other entries, so "called on Russia to stop its aggression" is an appeal ("[call] on"),
     * not "[call] ... aggression". Set once, while the lexicon is built.
     */
    void barGapStart(Set<String> particles) {
        boolean gapAfterHead = !headLemmas.isEmpty() && headSlot + 1 < slots.size()
                && slots.get(headSlot + 1).kind() == Kind.GAP;
        barredGapStart = gapAfterHead && !particles.isEmpty() ? WordSet.of(particles) : null;
    }

    /** The words the first token can be (for indexing), or empty when it may be any with a prefix. */
    Set<String> firstWords() {
        Slot first = slots.get(0);
        return first.prefixes().isEmpty() ? first.words() : Set.of();
    }

    /** What the first token may start with when it may be any with a prefix: its prefixes and words. */
    Set<String> firstPrefixes() {
        Set<String> out = new LinkedHashSet<>(slots.get(0).prefixes());
        out.addAll(slots.get(0).words());
        return out;
    }

    /** Number of literal (non-gap) slots: more specific patterns win ties. */
    int specificity() {
        return specificity; // counted once: matches are sorted by it
    }

    /** The ids of the words the first token can be, or empty when it may be any with a prefix. */
    int[] firstWordIds() {
        Slot first = slots.get(0);
        return first.prefixes().isEmpty() ? first.wordIds() : new int[0];
    }

    /**
     * Matches at token i of the sentence: {end token (exclusive), head token, passive 0/1}, or
     * null.
     */
    int[] match(SentenceTokens tokens, int i) {
        if (!slots.get(0).accepts(tokens, i)) {
            return null; // the first slot is always required: most tries end here, with nothing built
        }
        return matchAfterFirst(tokens, i);
    }

    /** Whether the first slot takes a word (a normal form) of the given Vocabulary id. */
    boolean firstAccepts(String word, int id) {
        return slots.get(0).accepts(word, id);
    }

    /** Like {@link #match}, with token i known to be a word the first slot takes ({@link #firstAccepts}). */
    int[] matchAfterFirst(SentenceTokens tokens, int i) {
        for (int[] words : required) {
            if (!tokens.hasAny(words)) {
                return null;
            }
        }
        int[] at = new int[slots.size()];
        int end = match(tokens, 0, i, at);
        if (end < 0) {
            return null;
        }
        int head = at[headSlot];
        Slot h = slots.get(headSlot);
        if (h.verb() ? verbTakenForOther(tokens, head, h) : capitalisedInside(tokens, head)) {
            return null; // (a noun: "the May 11 Russian Offensive Campaign Assessment" names a report)
        }
        // "was captured", and "sailors captured by the coast guard" (a participle and its agent)
        boolean passive = h.verb() && h.participles().has(tokens.id(head))
                && (afterBe(tokens, head) || head + 1 < tokens.size() && tokens.get(head + 1).norm().equals("by"));
        return new int[] {end, head, passive ? 1 : 0};
    }

    // Whether "or" is among the n tokens from k.
    private static boolean orWithin(SentenceTokens tokens, int k, int n) {
        for (int i = k; i < Math.min(tokens.size(), k + n); i++) {
            if (tokens.get(i).norm().equals("or")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "have", "get",
            "become", "remain", "seem", "appear", "stay");

    // Whether the verb form at head (a verb slot's) is another word there: a noun or an adjective
    // by the words before it, or a name.
    private static boolean verbTakenForOther(SentenceTokens tokens, int head, Slot h) {
        String previous = head > 0 ? tokens.get(head - 1).norm() : "";
        int previousId = head > 0 ? tokens.id(head - 1) : Vocabulary.UNKNOWN;
        int headId = tokens.id(head);
        if ((DETERMINERS.has(previousId) || previous.length() > 4 && previous.endsWith("est"))
                && !(ADVERBS_BEFORE_PAST.has(previousId) && h.participles().has(headId))) {
            return true; // "the vote", "an attack": a noun, not the verb ("last swapped prisoners": the verb)
        }
        if (previous.equals("of") && !tokens.get(head).norm().endsWith("ing")) {
            return true; // "an act of state terrorism", "head of state": a noun ("accused of attacking": the verb)
        }
        if (previous.equals("either") && !orWithin(tokens, head + 1, 6)) {
            return true; // "for either attack": a noun; "would either withdraw or attack": verbs
        }
        if (PREPOSITIONS.has(previousId) && h.participles().has(headId)) {
            return true; // "in occupied Crimea", "from annexed territories": an adjective, not the verb
        }
        if (head > 1 && tokens.get(head - 2).norm().equals("to") && h.participles().has(headId)
                && lowerCaseWord(tokens.get(head - 1))
                && !AUXILIARIES.contains(previous)) {
            return true; // "to repair damaged vessels": an adjective ("to have damaged", "to be seized": the verb)
        }
        String head2 = tokens.get(head).norm();
        if (NOUN_PREPOSITIONS.has(previousId) && !head2.endsWith("ing")) {
            return true; // "missiles against targets", "amid strikes": a noun, no verb follows these
        }
        if (head > 1 && DETERMINERS.has(tokens.id(head - 2)) && !previous.endsWith("s")
                && lowerCaseWord(tokens.get(head - 1))
                && !head2.endsWith("ed") && !(head2.endsWith("ing") && objectFollows(tokens, head))
                && !h.participles().has(headId)) {
            // "a retaliatory strike", "a large gathering of": a noun after an adjective ("the army
            // attacked" and "a decree recognising Crimea" stay verbs)
            return true;
        }
        if (h.lemmas().has(headId) && nounAfterNamedModifier(tokens, head)) {
            return true;
        }
        // "on March 2", "in May": a name, not the verb
        return capitalisedInside(tokens, head);
    }

    // A word capitalised inside a sentence (not after an opening quote or bracket): part of a name.
    private static boolean capitalisedInside(SentenceTokens tokens, int head) {
        return head > 0 && Character.isUpperCase(tokens.get(head).text().charAt(0))
                && !"\"“‘'([—-".contains(tokens.get(head - 1).text());
    }

    /**
     * "after the Oval Office clash", "a Black Sea attack": a determiner and one to three
     * capitalised words before a verb's bare form make it a noun; a verb after such a name agrees
     * with it or is past ("the Kremlin warns", "the Kremlin attacked", "the EU said").
     */
    private static boolean nounAfterNamedModifier(SentenceTokens tokens, int head) {
        if (head == 0 || tokens.get(head - 1).norm().endsWith("s")) {
            return false; // "the Russians attack": a plural subject and its verb
        }
        int k = head - 1;
        int names = 0;
        while (k >= 0 && names < 3 && tokens.get(k).isWord() && Character.isUpperCase(tokens.get(k).text().charAt(0))) {
            k--;
            names++;
        }
        if (names > 0 && k > 0 && !DETERMINERS.has(tokens.id(k)) && lowerCaseWord(tokens.get(k))
                && !tokens.get(k).norm().endsWith("s")) {
            k--; // "an intentional Russian attack": an adjective before the name
        }
        return names > 0 && k >= 0 && DETERMINERS.has(tokens.id(k));
    }

    private int match(SentenceTokens tokens, int s, int i, int[] at) {
        if (s == slots.size()) {
            return i;
        }
        Slot slot = slots.get(s);
        if (slot.kind() == Kind.NAME) {
            // the longest run of capitalised words that lets the rest match
            int run = 0;
            while (run < NAME_WORDS && i + run < tokens.size() && capitalised(tokens.get(i + run))) {
                run++;
            }
            for (int n = run; n >= 1; n--) {
                at[s] = i;
                int end = match(tokens, s + 1, i + n, at);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (slot.kind() == Kind.GAP) {
            int longest = s == headSlot + 1 && barredGapStart != null && i < tokens.size()
                    && barredGapStart.has(tokens.id(i)) ? 0 : GAP;
            // A parenthesis inside the gap is passed over and not counted: "would provide more
            // than C$3bn ($2.2bn; £1.8bn) in financial support"
            // (the rest is tried after the parenthesis, not at its "(", which no word slot takes)
            int j = i;
            for (int words = 0; ; words++) {
                int closed = longest > 0 ? parenthesisEnd(tokens, j) : -1;
                j = closed >= 0 ? closed : j;
                at[s] = i;
                int end = match(tokens, s + 1, j, at);
                if (end >= 0) {
                    return end;
                }
                if (j >= tokens.size()) {
                    return -1;
                }
                boolean listComma = commaBetweenNames(tokens, j);
                // "another $800m in weapons": one amount, not three words; "asked the UN Security
                // Council and the OSCE Permanent Council to": a name is one word
                boolean uncounted = partOfAmount(tokens, j) || listComma
                        || j > i && capitalised(tokens.get(j)) && capitalised(tokens.get(j - 1));
                if (words == longest && (!uncounted || longest == 0) || !tokens.gapWord(j) && !listComma) {
                    return -1;
                }
                if (uncounted) {
                    words--;
                }
                j++;
            }
        }
        if (i < tokens.size() && slot.accepts(tokens, i)) {
            at[s] = i;
            int end = match(tokens, s + 1, i + 1, at);
            if (end >= 0) {
                return end;
            }
        }
        if (slot.optional()) {
            at[s] = i;
            return match(tokens, s + 1, i, at);
        }
        return -1;
    }

    private static final WordSet PREPOSITIONS = WordSet.of("in", "into", "from", "across", "throughout", "of",
            "over", "at", "near", "inside", "around");
    // Prepositions never followed by a finite verb (a gerund may: "by attacking")
    private static final WordSet NOUN_PREPOSITIONS = WordSet.of("against", "amid", "despite", "toward", "towards",
            "about", "with");
    private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "this", "these", "those", "its",
            "their", "his", "her", "our", "'s", "any", "every", "each", "further", "another", "first", "second",
            "last", "next", "new", "emergency", "joint", "extraordinary", "planned", "possible", "under");
    // Determiners that are adverbs before a verb's past form: "Russia and Ukraine last swapped prisoners",
    // "the Council further called on", "Germany and France each told four diplomats to leave".
    private static final WordSet ADVERBS_BEFORE_PAST = WordSet.of("last", "first", "further", "each");
    private static final WordSet AFTER_PASSIVE = WordSet.of("to", "by", "in", "on", "at", "for", "from", "with",
            "over", "after", "as", "under", ".", ",", ";");
    private static final WordSet BE = WordSet.of("is", "are", "was", "were", "be", "been", "being", "get", "got");
    private static final WordSet BETWEEN_BE_AND_HEAD = WordSet.of("also", "not", "n't", "already", "later", "then",
            "since");

    // "recognising Crimea", "recognising the independence": an -ing form with an object is a verb.
    private static boolean objectFollows(SentenceTokens tokens, int head) {
        if (head + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(head + 1);
        return next.isWord() && (Character.isUpperCase(next.text().charAt(0)) || OBJECT_OPENERS.has(tokens.id(head + 1)));
    }

    private static final WordSet OBJECT_OPENERS = WordSet.of("the", "a", "an", "its", "their", "his", "her");

    // "were imposed", "was formally recognised", "had been shelled": a passive head.
    private static boolean afterBe(SentenceTokens tokens, int head) {
        if (head > 1 && tokens.get(head - 1).norm().equals("and") && passiveBefore(tokens, head - 1)
                && (head + 1 >= tokens.size() || AFTER_PASSIVE.has(tokens.id(head + 1)))) {
            // "was evicted in April and sentenced to 50 weeks": the second participle too, when no
            // object follows it ("were taken to Russia and demanded their return" is Kyiv's demand)
            return true;
        }
        for (int k = head - 1; k >= 0 && k >= head - 3; k--) {
            if (BE.has(tokens.id(k))) {
                return true;
            }
            if (!tokens.get(k).norm().endsWith("ly") && !BETWEEN_BE_AND_HEAD.has(tokens.id(k))) {
                return false;
            }
        }
        return false;
    }

    // Whether "was" or "were" and a participle stand within the few words before 'and' (no comma between).
    private static boolean passiveBefore(SentenceTokens tokens, int and) {
        for (int k = and - 1; k >= 1 && k >= and - 6; k--) {
            String w = tokens.get(k).norm();
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            String be = tokens.get(k - 1).norm();
            if ((be.equals("was") || be.equals("were")) && (w.endsWith("ed") || w.endsWith("en"))) {
                return true;
            }
        }
        return false;
    }

    /** Most tokens a parenthesis passed over by a gap may hold, its brackets included. */
    static final int PARENTHESIS_TOKENS = 12;

    // Where a parenthesis opening at token k ends (the token after its ")"), or -1 when none opens
    // there or it does not close soon.
    private static int parenthesisEnd(SentenceTokens tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).norm().equals("(")) {
            return -1;
        }
        for (int e = k + 1; e < Math.min(tokens.size(), k + PARENTHESIS_TOKENS); e++) {
            String w = tokens.get(e).norm();
            if (w.equals(")")) {
                return e + 1;
            }
            if (w.equals("(")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> CURRENCY = Set.of("$", "€", "£");
    private static final Set<String> AMOUNT_SUFFIXES = Set.of("m", "bn", "mn", "b", "k", "tn");

    // "assured Estonia, Latvia and Lithuania that": a comma in a list of names, which the gap
    // runs over as it runs over "and" (and does not count)
    private static boolean commaBetweenNames(SentenceTokens tokens, int j) {
        if (j == 0 || j + 1 >= tokens.size() || tokens.get(j).norm() != COMMA_NORM && !tokens.get(j).norm().equals(",")) {
            return false;
        }
        int b = j - 1;
        while (b > 0 && capitalised(tokens.get(b))) {
            b--;
        }
        if (b < j - 1 && tokens.get(b).norm().equals(",") && !capitalised(tokens.get(b - 1))) {
            return true; // the comma that closes the apposition
        }
        int k = j + 1;
        while (k < tokens.size() && capitalised(tokens.get(k))) {
            k++;
        }
        if (k == j + 1 || k >= tokens.size()) {
            return false;
        }
        // the list goes on ("Latvia and", "Latvia,"): not "Friday, Obama held"; or a name in
        // apposition closes with its comma ("the Russian ambassador, Oleg Vasnetsov, to be summoned")
        String after = tokens.get(k).norm();
        return capitalised(tokens.get(j - 1)) ? LIST_GOES_ON.contains(after) : after.equals(",");
    }

    private static final Set<String> LIST_GOES_ON = Set.of("and", "or", ",");
    private static final String COMMA_NORM = ",";

    private static boolean capitalised(Token t) {
        return t.isWord() && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean lowerCaseWord(Token t) {
        return t.isWord() && Character.isLowerCase(t.text().charAt(0));
    }

    // A currency sign, or the "m" of "800m" (the tokenizer cuts "$800m" into "$", "800", "m").
    private static boolean partOfAmount(SentenceTokens tokens, int j) {
        String norm = tokens.get(j).norm();
        if (norm.length() > 2) {
            return false; // (most words: no set looked up)
        }
        if (CURRENCY.contains(norm)) {
            return true;
        }
        if (j == 0 || !AMOUNT_SUFFIXES.contains(norm) || tokens.get(j).start() != tokens.get(j - 1).end()) {
            return false;
        }
        String before = tokens.get(j - 1).norm();
        return Character.isDigit(before.charAt(before.length() - 1));
    }

    // Whether a gap may run over the token: a word or a sign, but no word that starts another clause.
    static boolean gapWord(Token t, int id) {
        if (CLAUSE_WORDS.has(id)) {
            return false;
        }
        return t.isWord() || "-$€£%\"“”'‘".contains(t.norm());
    }
}
