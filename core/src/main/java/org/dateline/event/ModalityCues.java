package org.dateline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.dateline.text.RuleFile;
import org.dateline.text.Token;
import org.dateline.text.Vocabulary;

/**
 * The words that make an event negated, hypothetical or planned (modality.txt beside this class).
 * Thread-safe once built.
 */
final class ModalityCues {
    enum Scope { BEFORE, PASSIVE, SENTENCE, REPORTED, OPENING, JOINT }

    /** A cue: its words (normal forms), their {@link Vocabulary} ids, and what it makes of an event where. */
    record Cue(Modality modality, List<String> words, int[] ids, Scope scope) {
        Cue(Modality modality, List<String> words, Scope scope) {
            this(modality, words, words.stream().mapToInt(Vocabulary::add).toArray(), scope);
        }
    }

    private final List<Cue> cues = new ArrayList<>();
    private List<Cue>[] byFirst = newLists(0); // by the vocabulary id of the first word
    private final List<String> problems = new ArrayList<>();

    ModalityCues() {
        this(RuleFile.resource(ModalityCues.class, "modality.txt"));
    }

    ModalityCues(List<RuleFile.Line> lines) {
        for (RuleFile.Line l : lines) {
            Modality m;
            Scope s;
            try {
                m = Modality.valueOf(l.field(0).toUpperCase(Locale.ROOT));
                s = Scope.valueOf(l.field(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(l.problem("expected 'negated|hypothetical|planned | cue | before|passive|sentence|reported|opening|joint'"));
                continue;
            }
            // split on spaces, not by the tokenizer: cues like "n't" and "'ll" are tokens already
            List<String> words = l.field(1).isEmpty() ? List.of()
                    : java.util.Arrays.stream(l.field(1).split("\\s+")).map(Token::normalize).toList();
            if (m == Modality.ASSERTED || words.isEmpty() || l.fields().size() != 3) {
                problems.add(l.problem("expected 'negated|hypothetical|planned | cue | before|passive|sentence|reported|opening|joint'"));
                continue;
            }
            Cue cue = new Cue(m, words, s);
            cues.add(cue);
            int first = Vocabulary.add(words.get(0));
            if (first >= byFirst.length) {
                byFirst = java.util.Arrays.copyOf(byFirst, Math.max(first + 1, byFirst.length * 2));
            }
            if (byFirst[first] == null) {
                byFirst[first] = new ArrayList<>();
            }
            byFirst[first].add(cue);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Cue>[] newLists(int size) {
        return new List[size];
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * The cues of the sentence made of tokens [from, to), found in one pass, to ask about each of
     * its actions; {@code ids} are the {@link Vocabulary} ids of all the tokens.
     */
    InSentence in(List<Token> tokens, int[] ids, int from, int to) {
        while (from + 1 < to && OPENING_QUOTES.contains(tokens.get(from).norm())) {
            from++; // '"If the US imposes a tariff, ..." he said': the quote opens with its "If"
        }
        List<Found> found = new ArrayList<>();
        int coveredTo = from; // where the cues found so far end
        for (int i = from; i < to; i++) {
            int id = ids[i];
            List<Cue> starting = id >= 0 && id < byFirst.length ? byFirst[id] : null;
            if (starting == null) {
                continue; // most words start no cue: nothing to iterate
            }
            // the longest cue at a word wins: "expects to sign" is planned, though "expects"
            // alone ("expects Russia to withdraw") is hypothetical
            int longest = 0;
            for (Cue c : starting) {
                if (c.words().size() > longest && occursAt(c.ids(), tokens, ids, i, from, to)) {
                    longest = c.words().size();
                }
            }
            if (longest == 0 || i + longest <= coveredTo) {
                continue; // none here, or inside a longer cue: "rule out" in "refused to rule out"
            }
            for (Cue c : starting) {
                if (c.words().size() == longest && occursAt(c.ids(), tokens, ids, i, from, to)) {
                    found.add(new Found(i, i + longest, c));
                }
            }
            coveredTo = i + longest;
        }
        return new InSentence(from, to, found);
    }

    private static final Set<String> OPENING_QUOTES = Set.of("\"", "“", "'", "‘", "(");

    /** A cue found over tokens [from, to). */
    private record Found(int from, int to, Cue cue) {
    }

    /** The cues found in one sentence. */
    static final class InSentence {
        private final int sentenceFrom;
        private final int sentenceTo;
        private final List<Found> found;

        private InSentence(int sentenceFrom, int sentenceTo, List<Found> found) {
            this.sentenceFrom = sentenceFrom;
            this.sentenceTo = sentenceTo;
            this.found = found;
        }

        /**
         * The strongest modality cued for an action whose head is at token {@code head}: cues of
         * scope "before" count in tokens [from, head), "passive" ones too for a passive head,
         * "opening" ones at the sentence start, "sentence" ones anywhere in the sentence, or with
         * {@code wholeSentence} false only before the head ("Obama threatened Russia with
         * sanctions if it did not" is a threat made). For an action reported by a speech verb
         * ({@code reported}), cues of scope "reported" ("said it would sign": planned) replace
         * the same words' other readings.
         */
        Modality modality(int from, int head, boolean passive, boolean reported, boolean wholeSentence) {
            return modality(from, head, passive, reported, wholeSentence ? sentenceTo : head);
        }

        /**
         * As {@link #modality(int, int, boolean, boolean, boolean)}, with "sentence" cues counted
         * in tokens up to {@code sentenceCuesTo} ("summoned the ambassador and warned that London
         * would pay if ...": the condition is the warning's).
         */
        Modality modality(int from, int head, boolean passive, boolean reported, int sentenceCuesTo) {
            Modality best = Modality.ASSERTED;
            java.util.Set<List<String>> replaced = null; // built for the few reported cues found
            if (reported) {
                for (Found f : found) {
                    if (f.cue().scope() == Scope.REPORTED && f.from() >= Math.max(from, sentenceFrom) && f.to() <= head) {
                        if (replaced == null) {
                            replaced = new java.util.HashSet<>();
                        }
                        replaced.add(f.cue().words());
                        best = stronger(best, f.cue().modality());
                    }
                }
            }
            for (Found f : found) {
                Cue c = f.cue();
                if (c.scope() == Scope.REPORTED || replaced != null && replaced.contains(c.words())) {
                    continue;
                }
                boolean inScope = switch (c.scope()) {
                    case BEFORE -> f.from() >= from && f.to() <= head;
                    case PASSIVE -> passive && f.from() >= from && f.to() <= head;
                    case SENTENCE -> f.to() <= sentenceCuesTo;
                    case OPENING -> f.from() == sentenceFrom && f.to() <= sentenceTo;
                    case REPORTED -> false;
                    case JOINT -> false; // asked by joint(), for two or more parties only
                };
                if (inScope) {
                    best = stronger(best, c.modality());
                }
            }
            return best;
        }

        /**
         * The modality cued by a "joint" cue in tokens [from, head] (the head included: "agreed to
         * a ceasefire"), which holds for an action of two or more parties; asserted when none.
         */
        Modality joint(int from, int head) {
            Modality best = Modality.ASSERTED;
            for (Found f : found) {
                if (f.cue().scope() == Scope.JOINT && f.from() >= Math.max(from, sentenceFrom) && f.to() <= head + 1) {
                    best = stronger(best, f.cue().modality());
                }
            }
            return best;
        }

        /** True when the sentence is conditional: a hypothetical cue of scope sentence or opening. */
        boolean conditional() {
            for (Found f : found) {
                Cue c = f.cue();
                boolean inScope = c.scope() == Scope.SENTENCE || c.scope() == Scope.OPENING && f.from() == sentenceFrom;
                if (c.modality() == Modality.HYPOTHETICAL && inScope && f.to() <= sentenceTo) {
                    return true;
                }
            }
            return false;
        }
    }

    // Words compared by id: the tokens' strings are read only to check case.
    // Within the sentence [sentenceFrom, sentenceTo): a cue never runs into the next one.
    private static boolean occursAt(int[] words, List<Token> tokens, int[] ids, int i, int sentenceFrom, int sentenceTo) {
        if (i + words.length > sentenceTo) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (ids[i + k] != words[k]
                    || i + k != sentenceFrom && Character.isUpperCase(tokens.get(i + k).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Negated beats hypothetical beats planned beats asserted. */
    static Modality stronger(Modality a, Modality b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Modality m) {
        return switch (m) {
            case NEGATED -> 3;
            case HYPOTHETICAL -> 2;
            case PLANNED -> 1;
            case ASSERTED -> 0;
        };
    }
}
