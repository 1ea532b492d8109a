package org.dateline.action;

/** A phrase at [start, end) of a text that denotes an action. */
public record ActionMention(int start, int end, String text, CameoCode code) {
}
