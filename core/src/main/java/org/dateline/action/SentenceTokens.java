package org.dateline.action;

import java.util.List;
import org.dateline.text.Token;
import org.dateline.text.Vocabulary;

/**
 * The tokens [from, to) of a text, indexed from 0, with what patterns ask of each token: its
 * {@link Vocabulary} id, read from the text's ids (no copy); when first asked, whether a gap may
 * cross it, and which words occur in the sentence at all. Patterns never reach past the sentence.
 * A sentence's words are asked for on the thread that made it, before the next one is made there.
 */
final class SentenceTokens {
    private static final byte UNASKED = 0;
    private static final byte CROSSABLE = 1;
    private static final byte CLOSED = 2;

    private final List<Token> tokens; // of the whole text: read from `from`, not copied
    private final int[] ids; // of the whole text, likewise
    private final int from;
    private final int size;
    private byte[] gap; // worked out when first asked: in many sentences no pattern gets that far
    private WordsPresent present; // marked when first asked

    /** Tokens [from, to) of the list, with the {@link Vocabulary} ids of all of them. */
    SentenceTokens(List<Token> tokens, int[] vocabularyIds, int from, int to) {
        this.tokens = tokens;
        this.ids = vocabularyIds;
        this.from = from;
        this.size = to - from;
    }

    int size() {
        return size;
    }

    /** The i-th token of the sentence. */
    Token get(int i) {
        return tokens.get(from + i);
    }

    /** The vocabulary id of the i-th token, {@link Vocabulary#UNKNOWN} when no rule set names its word. */
    int id(int i) {
        return ids[from + i];
    }

    /** Whether one of the words (vocabulary ids) occurs somewhere in the sentence. */
    boolean hasAny(int[] wordIds) {
        if (present == null) {
            present = WordsPresent.mark(ids, from, from + size);
        }
        for (int id : wordIds) {
            if (present.has(id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a gap ("...") may run over the i-th token (see LexiconPattern#gapWord). */
    boolean gapWord(int i) {
        if (gap == null) {
            gap = new byte[size];
        }
        if (gap[i] == UNASKED) {
            gap[i] = LexiconPattern.gapWord(get(i), id(i)) ? CROSSABLE : CLOSED;
        }
        return gap[i] == CROSSABLE;
    }
}
