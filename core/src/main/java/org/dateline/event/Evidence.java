package org.dateline.event;

/** The sentence an event was read from, with its offsets into the article's main text. */
public record Evidence(String text, int start, int end) {
}
