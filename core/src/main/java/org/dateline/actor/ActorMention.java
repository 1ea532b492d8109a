package org.dateline.actor;

/** An actor named at [start, end) of a text. */
public record ActorMention(int start, int end, String text, Actor actor) {
}
