package org.dateline.time;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Which rules can start a match with the next few characters of the text, so that the
 * tagger tries at each word start only the rules that may match there instead of running
 * every rule over the whole text. Worked out from the patterns themselves: a rule can start
 * with "the" when matching the text "the" succeeds or runs out of input
 * ({@link Matcher#hitEnd()}).
 *
 * <p>The answers form an automaton over prefixes, read one character at a time: a state is
 * a prefix met in the text (numbered in the order met), with the rules that may still match
 * after it. It is worked out (by probing the rules left at its parent) the first time its
 * prefix is met, and only while some rules remain, so most words stop after a character or
 * two: the states of the first two characters are a table, and most words ("Russian",
 * "Ukraine") begin no rule and are passed over after one read of it. A state's next states
 * are kept in arrays by state number: most states have one (the rest of a word), kept as
 * that character and state packed in one int (one read per step); of the others, most have
 * two to four, kept packed the same way in a short list (one cache line), and the few with
 * many a table by ASCII character. A word's states are numbered in a row, so a walk down it
 * reads neighbouring array cells. Only the state the walk ends at has its rules read. (The
 * tagger runs between other stages that push all this out of the cache: what a walk reads
 * is kept small.)
 *
 * <p>Where the walk cannot go on (a character beyond ASCII, no number left for a new state),
 * it answers the rules left so far: more than may match, which costs a regex run, never a
 * match missed.
 *
 * <p>Thread-safe: states are added under the lock, and every cell is written once, from
 * zero (not worked out) to its value; a reader that sees a zero, or (at the end of its walk)
 * a state whose rules it does not see yet, takes the lock.
 */
final class RuleIndex {
    // Deep enough that most rules left at the end of a walk match: at 8 characters, a
    // weekday or month name still left ten rules to try ("Wednesday, ..."). At 16 rather than
    // 12, a third fewer regex runs for a third more states (the walk itself is cheap).
    private static final int DEPTH = 16;
    private static final int ASCII = 128;
    private static final int MAX_STATES = Character.MAX_VALUE; // states are numbered in chars
    // The transitions that lead to no state: not worked out yet, no rule can start so, and
    // no number left for the state (the walk stops there).
    private static final char UNKNOWN = 0;
    private static final char NO_RULE = 1;
    private static final char FULL = 2;
    private static final int FIRST_STATE = 3;
    private static final int[] NONE = {};

    /** A state's rules; the final field makes them safe to read from any thread once seen. */
    private record RuleSet(int[] indexes) {
    }

    private final List<Rule> rules;
    private final int[] all;
    private final int[][] firstAscii = new int[ASCII][]; // the rules by first character
    private final char[] firstTwo = new char[ASCII * ASCII]; // the state by 'first * 128 + second'
    private final RuleSet[] rulesOf = new RuleSet[MAX_STATES];
    // A state's first next state, and the character to it: (character << 16) | state.
    private final int[] sole = new int[MAX_STATES];
    // The other next states of a state with more than one: packed as 'sole' in a short list,
    // or, once there are more than FEW, a table of next states by ASCII character.
    private final int[][] more = new int[MAX_STATES][];
    private static final int FEW = 8;
    private final Map<Character, int[]> firstBeyondAscii = new ConcurrentHashMap<>();
    private int states = FIRST_STATE; // guarded by this

    RuleIndex(List<Rule> rules) {
        this.rules = rules;
        all = new int[rules.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        for (char c = 0; c < ASCII; c++) {
            firstAscii[c] = probe(String.valueOf(c), all);
        }
        rulesOf[NO_RULE] = new RuleSet(NONE);
    }

    /** The indexes (into the rule list, in order) of the rules that may match at {@code at}. */
    int[] startingAt(char[] text, int at) {
        return startingAt(text, text.length, at);
    }

    /** As {@link #startingAt(char[], int)}, for a text in the first {@code length} of the array. */
    int[] startingAt(char[] text, int length, int at) {
        char first = text[at];
        if (first >= ASCII) {
            return beyondAscii(first);
        }
        int i = at + 1;
        if (i == length || text[i] >= ASCII) {
            return firstAscii[first];
        }
        int state = firstTwo[first * ASCII + text[i]];
        if (state == UNKNOWN) {
            state = workOutFirstTwo(first, text[i]);
        }
        if (state == FULL) {
            return firstAscii[first];
        }
        int limit = Math.min(length, at + DEPTH);
        for (i++; i < limit && state != NO_RULE; i++) {
            char c = text[i];
            if (c >= ASCII || c == UNKNOWN) {
                break; // (a NUL would read as the key of no next state)
            }
            int next = next(state, c);
            if (next == UNKNOWN) {
                next = workOut(state, text, at, i);
            }
            if (next == FULL) {
                break;
            }
            state = next;
        }
        if (state == NO_RULE) {
            return NONE; // most words: no look at the (large) table of rules by state
        }
        RuleSet rules = rulesOf[state];
        return rules != null ? rules.indexes() : rulesSeen(state);
    }

    // The rules of a state this thread does not see yet (another worked it out).
    private synchronized int[] rulesSeen(int state) {
        return rulesOf[state].indexes();
    }

    private int next(int state, char c) {
        int sole = this.sole[state];
        if (sole >>> 16 == c) {
            return sole & 0xFFFF;
        }
        int[] more = this.more[state];
        if (more == null) {
            return UNKNOWN;
        }
        if (more.length == ASCII) {
            return more[c];
        }
        for (int edge : more) {
            if (edge >>> 16 == c) {
                return edge & 0xFFFF;
            }
        }
        return UNKNOWN; // (also where another thread's new list is seen before its cells)
    }

    private int[] beyondAscii(char first) {
        int[] found = firstBeyondAscii.get(first);
        if (found == null) {
            found = probe(String.valueOf(first), all);
            firstBeyondAscii.put(first, found); // two threads may both work it out: the same answer
        }
        return found;
    }

    private synchronized int workOutFirstTwo(char first, char second) {
        int key = first * ASCII + second;
        if (firstTwo[key] == UNKNOWN) {
            int[] among = firstAscii[first];
            firstTwo[key] = among.length == 0 ? NO_RULE
                    : (char) state(probe(new String(new char[] {first, second}), among));
        }
        return firstTwo[key];
    }

    // The state after text[at, i], from the state of text[at, i).
    private synchronized int workOut(int from, char[] text, int at, int i) {
        char c = text[i];
        int known = next(from, c);
        if (known != UNKNOWN) {
            return known;
        }
        int state = state(probe(new String(text, at, i + 1 - at), rulesOf[from].indexes()));
        int sole = this.sole[from];
        if (sole == UNKNOWN) {
            this.sole[from] = c << 16 | state;
        } else {
            addMore(from, c, state);
        }
        return state;
    }

    // Another next state of 'from' (under the lock). A list is replaced, not changed: a reader
    // sees the old one, or the new one (or, before its cells, zeros: no next state, and it
    // takes the lock).
    private void addMore(int from, char c, int state) {
        int[] list = more[from];
        if (list != null && list.length == ASCII) {
            list[c] = state;
        } else if (list != null && list.length == FEW) {
            int[] byAscii = new int[ASCII];
            for (int edge : list) {
                byAscii[edge >>> 16] = edge & 0xFFFF;
            }
            byAscii[c] = state;
            more[from] = byAscii;
        } else {
            int[] grown = list == null ? new int[1] : Arrays.copyOf(list, list.length + 1);
            grown[grown.length - 1] = c << 16 | state;
            more[from] = grown;
        }
    }

    // A new state with these rules (under the lock).
    private int state(int[] found) {
        if (found.length == 0) {
            return NO_RULE;
        }
        if (states == MAX_STATES) {
            return FULL;
        }
        rulesOf[states] = new RuleSet(found);
        return states++;
    }

    private int[] probe(String prefix, int[] among) {
        int[] found = new int[among.length];
        int n = 0;
        for (int i : among) {
            Matcher m = rules.get(i).pattern().matcher(prefix);
            if (m.lookingAt() || m.hitEnd()) {
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }
}
