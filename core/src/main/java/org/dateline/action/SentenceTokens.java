package org.dateline.action;

import java.util.List;
import org.dateline.text.Token;

/**
 * The tokens [from, to) of a text, indexed from 0, with what patterns ask of each token
 * worked out once per sentence instead of once per pattern tried: its word id (see WordIds)
 * and, when first asked, whether a gap may cross it; and which words occur in it at all.
 * Patterns never reach past the sentence.
 */
final class SentenceTokens {
    private static final byte UNASKED = 0;
    private static final byte CROSSABLE = 1;
    private static final byte CLOSED = 2;

    private final List<Token> tokens; // of the whole text: read from `from`, not copied
    private final int from;
    private final int[] ids;
    // a bit per word id modulo 64 for the words that occur: most words asked for are absent, and
    // their bit says so; a bit set is checked against the ids
    private final long seen;
    private byte[] gap; // worked out when first asked: in many sentences no pattern gets that far

    /** Tokens [from, to) of the list, with the {@link org.dateline.text.Vocabulary} ids of all of them. */
    SentenceTokens(List<Token> tokens, int[] vocabularyIds, int from, int to, WordIds words) {
        this.tokens = tokens;
        this.from = from;
        this.ids = words.of(vocabularyIds, from, to);
        long bits = 0;
        for (int id : ids) {
            bits |= id == WordIds.UNKNOWN ? 0 : 1L << (id & 63);
        }
        this.seen = bits;
    }

    int size() {
        return ids.length;
    }

    /** The i-th token of the sentence. */
    Token get(int i) {
        return tokens.get(from + i);
    }

    /** The word id of the i-th token, {@link WordIds#UNKNOWN} when no pattern names its word. */
    int id(int i) {
        return ids[i];
    }

    /** Whether one of the words (ids) occurs somewhere in the sentence. */
    boolean hasAny(int[] wordIds) {
        for (int id : wordIds) {
            if ((seen & 1L << (id & 63)) != 0 && occurs(id)) {
                return true;
            }
        }
        return false;
    }

    private boolean occurs(int id) {
        for (int i : ids) {
            if (i == id) {
                return true;
            }
        }
        return false;
    }

    /** Whether a gap ("...") may run over the i-th token (see LexiconPattern#gapWord). */
    boolean gapWord(int i) {
        if (gap == null) {
            gap = new byte[ids.length];
        }
        if (gap[i] == UNASKED) {
            gap[i] = LexiconPattern.gapWord(get(i)) ? CROSSABLE : CLOSED;
        }
        return gap[i] == CROSSABLE;
    }
}
