package org.dateline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.text.RuleFile;
import org.dateline.text.Token;

/**
 * The words that make an event negated, hypothetical or planned (modality.txt beside this class).
 * Thread-safe once built.
 */
final class ModalityCues {
    enum Scope { BEFORE, PASSIVE, SENTENCE, REPORTED, OPENING, JOINT }

    record Cue(Modality modality, List<String> words, Scope scope) {
    }

    private final List<Cue> cues = new ArrayList<>();
    private final java.util.Map<String, List<Cue>> byFirst = new java.util.HashMap<>();
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
            byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(cue);
        }
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * The strongest modality cued for an action whose head is at token {@code head}: cues of
     * scope "before" count in tokens [from, head), "sentence" ones anywhere in the sentence.
     */
    Modality modality(List<Token> tokens, int sentenceFrom, int sentenceTo, int from, int head, boolean passive) {
        return modality(tokens, sentenceFrom, sentenceTo, from, head, passive, false);
    }

    /**
     * Like the other, for an action reported by a speech verb when {@code reported}: then cues of
     * scope "reported" ("said it would sign": planned) replace the same words' other readings.
     */
    Modality modality(List<Token> tokens, int sentenceFrom, int sentenceTo, int from, int head, boolean passive,
                      boolean reported) {
        return modality(tokens, sentenceFrom, sentenceTo, from, head, passive, reported, true);
    }

    /**
     * Like the others; with {@code wholeSentence} false, cues of scope "sentence" count only
     * before the head: "Obama threatened Russia with sanctions if it did not" is a threat made.
     */
    Modality modality(List<Token> tokens, int sentenceFrom, int sentenceTo, int from, int head, boolean passive,
                      boolean reported, boolean wholeSentence) {
        Modality best = Modality.ASSERTED;
        java.util.Set<List<String>> replaced = null; // built for the few reported cues found
        if (reported) {
            for (int i = Math.max(from, sentenceFrom); i < head; i++) {
                for (Cue c : byFirst.getOrDefault(tokens.get(i).norm(), List.of())) {
                    if (c.scope() == Scope.REPORTED && i + c.words().size() <= head
                            && occursAt(c.words(), tokens, i, sentenceFrom)) {
                        if (replaced == null) {
                            replaced = new java.util.HashSet<>();
                        }
                        replaced.add(c.words());
                        best = stronger(best, c.modality());
                    }
                }
            }
        }
        // one pass over the sentence, looking up the cues that start with each word
        for (int i = sentenceFrom; i < sentenceTo; i++) {
            for (Cue c : byFirst.getOrDefault(tokens.get(i).norm(), List.of())) {
                if (c.scope() == Scope.REPORTED || replaced != null && replaced.contains(c.words())) {
                    continue;
                }
                int end = i + c.words().size();
                boolean inScope = switch (c.scope()) {
                    case BEFORE -> i >= from && end <= head;
                    case PASSIVE -> passive && i >= from && end <= head;
                    case SENTENCE -> end <= (wholeSentence ? sentenceTo : head);
                    case OPENING -> i == sentenceFrom && end <= sentenceTo;
                    case JOINT -> false; // read by joint(), which knows the parties
                    case REPORTED -> false;
                };
                if (inScope && occursAt(c.words(), tokens, i, sentenceFrom)) {
                    best = stronger(best, c.modality());
                }
            }
        }
        return best;
    }

    private static boolean occursAt(List<String> words, List<Token> tokens, int i, int sentenceFrom) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(i + k);
            if (!t.norm().equals(words.get(k))
                    || i + k != sentenceFrom && Character.isUpperCase(t.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The modality cued by a "joint" cue in tokens [from, head] (the head included: "agreed to a
     * ceasefire"), for an action of two or more parties; asserted when there is none.
     */
    Modality joint(List<Token> tokens, int sentenceFrom, int from, int head) {
        Modality best = Modality.ASSERTED;
        for (int i = Math.max(from, sentenceFrom); i <= head; i++) {
            for (Cue c : byFirst.getOrDefault(tokens.get(i).norm(), List.of())) {
                if (c.scope() == Scope.JOINT && i + c.words().size() <= head + 1
                        && occursAt(c.words(), tokens, i, sentenceFrom)) {
                    best = stronger(best, c.modality());
                }
            }
        }
        return best;
    }

    /** True when the sentence is conditional: a hypothetical cue of scope sentence or opening. */
    boolean conditional(List<Token> tokens, int sentenceFrom, int sentenceTo) {
        // one pass over the sentence, looking up the cues that start with each word
        for (int i = sentenceFrom; i < sentenceTo; i++) {
            for (Cue c : byFirst.getOrDefault(tokens.get(i).norm(), List.of())) {
                boolean inScope = c.scope() == Scope.SENTENCE || c.scope() == Scope.OPENING && i == sentenceFrom;
                if (c.modality() == Modality.HYPOTHETICAL && inScope && i + c.words().size() <= sentenceTo
                        && occursAt(c.words(), tokens, i, sentenceFrom)) {
                    return true;
                }
            }
        }
        return false;
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
