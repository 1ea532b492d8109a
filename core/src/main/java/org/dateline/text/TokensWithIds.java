package org.dateline.text;

import java.util.List;

/**
 * A text's tokens with the {@link Vocabulary} ids of their normal forms, found in one pass.
 *
 * @param tokens the tokens, in order
 * @param ids    the id of each token's normal form, {@link Vocabulary#UNKNOWN} for words no rule set names
 */
public record TokensWithIds(List<Token> tokens, int[] ids) {
}
