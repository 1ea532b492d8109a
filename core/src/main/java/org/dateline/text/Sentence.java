package org.dateline.text;

/**
 * A sentence of an article's main text.
 *
 * @param start offset of the first character in the main text
 * @param end   offset just past the last character
 * @param text  the sentence itself, equal to {@code mainText.substring(start, end)}
 */
public record Sentence(int start, int end, String text) {
}
