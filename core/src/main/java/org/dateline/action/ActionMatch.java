package org.dateline.action;

import java.util.Set;

/**
 * An action phrase found over tokens, with what the event reader needs to read its clause.
 *
 * @param start     offset of the phrase in the text
 * @param end       offset just past it
 * @param text      the phrase as written
 * @param code      its CAMEO code
 * @param fromToken index of its first token
 * @param toToken   index just past its last token
 * @param head      index of its verb (or head noun) token
 * @param passive   true when the head can be a past participle ("were imposed", "was shelled")
 * @param flags     how the reader treats it
 * @param example   the lexicon entry's example sentence
 */
public record ActionMatch(int start, int end, String text, CameoCode code, int fromToken, int toToken,
                          int head, boolean passive, Set<ActionFlag> flags, String example) {
    public boolean has(ActionFlag flag) {
        return flags.contains(flag);
    }
}
