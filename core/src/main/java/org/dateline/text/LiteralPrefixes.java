package org.dateline.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Literal strings, up to {@value #MAX_LENGTH} characters (or as many as asked for), one of which every match of a regular
 * expression starts with, read from the expression itself: {@code \b(?:donate|make a gift)} gives
 * "dona" and "make". A position where the text starts with none of them can be skipped without
 * running the matcher. The answer may be too wide, never too narrow: whatever is not understood
 * (character classes such as {@code \w}, inline flags, back-references) cuts the prefixes short,
 * and an expression that may start with anything has none ({@link #any()}).
 */
final class LiteralPrefixes {
    static final int MAX_LENGTH = 4;
    /** More prefixes than this are not worth keeping apart: they are cut to their first character. */
    private static final int MAX_COUNT = 256;

    /** Null: a match may start with anything. */
    private final Set<String> prefixes;

    private LiteralPrefixes(Set<String> prefixes) {
        this.prefixes = prefixes;
    }

    /** The prefixes of a (valid) regular expression. */
    static LiteralPrefixes of(String regex) {
        return of(regex, MAX_LENGTH);
    }

    /**
     * The prefixes, up to {@code maxLength} characters: longer ones turn down more positions,
     * but there are more of them.
     */
    static LiteralPrefixes of(String regex, int maxLength) {
        Part whole = new Reader(regex, maxLength).read();
        if (whole == null || whole.strings == null || whole.strings.contains("")) {
            return new LiteralPrefixes(null);
        }
        return new LiteralPrefixes(Set.copyOf(whole.strings));
    }

    /** True when a match may start with any character. */
    boolean any() {
        return prefixes == null;
    }

    /** The prefixes, none empty; only meaningful when not {@link #any()}. */
    Set<String> strings() {
        return prefixes == null ? Set.of() : prefixes;
    }

    /**
     * What a piece of the expression matches. Exact: each of its matches is one of these strings,
     * or starts with one of them that is as long as prefixes may be (a finite language, e.g.
     * {@code (?:the )?}). Not exact: each of its matches starts with one of these. Null strings:
     * nothing is known (as if the set were {""}).
     */
    private record Part(Set<String> strings, boolean exact) {
        static final Part EMPTY = new Part(Set.of(""), true);
        static final Part UNKNOWN = new Part(null, false);

        static Part literal(Set<String> strings) {
            return new Part(strings, true);
        }

        Part orElse(Part other) {
            if (strings == null || other.strings == null) {
                return UNKNOWN;
            }
            Set<String> union = new HashSet<>(strings);
            union.addAll(other.strings);
            return bounded(union, exact && other.exact);
        }

        Part then(Part next, int maxLength) {
            if (!exact) {
                return this; // what follows cannot be known: this part's prefixes stand
            }
            if (next.strings == null) {
                return new Part(strings, false);
            }
            Set<String> joined = new HashSet<>();
            for (String a : strings) {
                if (a.length() == maxLength) {
                    joined.add(a); // long enough: the rest does not matter
                    continue;
                }
                for (String b : next.strings) {
                    String s = a + b;
                    joined.add(s.length() > maxLength ? s.substring(0, maxLength) : s);
                }
            }
            return bounded(joined, next.exact);
        }

        /** Repeated or optional: the prefixes stay, but the strings are no longer the whole match. */
        Part repeated(boolean optional) {
            if (strings == null) {
                return UNKNOWN;
            }
            if (!optional) {
                return new Part(strings, false);
            }
            Set<String> orNothing = new HashSet<>(strings);
            orNothing.add("");
            // Once at most: still exactly these strings or nothing.
            return new Part(orNothing, false);
        }

        private static Part bounded(Set<String> strings, boolean exact) {
            if (strings.size() <= MAX_COUNT) {
                return new Part(strings, exact);
            }
            Set<String> first = new HashSet<>();
            for (String s : strings) {
                first.add(s.isEmpty() ? s : s.substring(0, 1));
            }
            return first.size() <= MAX_COUNT ? new Part(first, false) : UNKNOWN;
        }
    }

    /** What each piece of an expression says of the prefixes of its matches. */
    private static final class Reader extends RegexReader<Part> {
        private final int maxLength;

        Reader(String regex, int maxLength) {
            super(regex);
            this.maxLength = maxLength;
        }

        @Override
        Part nothing() {
            return Part.EMPTY;
        }

        @Override
        Part anyCharacter() {
            return Part.UNKNOWN;
        }

        @Override
        Part literal(char c) {
            return Part.literal(Set.of(String.valueOf(c)));
        }

        @Override
        Part characterClass(CharacterClass c) {
            Set<String> set = new HashSet<>();
            for (char[] range : c.ranges()) {
                if (range[1] - range[0] > MAX_COUNT) {
                    throw new Unsupported();
                }
                for (char k = range[0]; k <= range[1] && k >= range[0]; k++) {
                    set.add(String.valueOf(k));
                }
            }
            // a negated class has too many to list; \w, \p{L}... too
            return c.negated() || !c.sets().isEmpty() ? Part.UNKNOWN : Part.literal(set);
        }

        @Override
        Part setEscape(String set) {
            return Part.UNKNOWN;
        }

        @Override
        Part either(Part a, Part b) {
            return a.orElse(b);
        }

        @Override
        Part then(Part a, Part b) {
            return a.then(b, maxLength);
        }

        @Override
        Part repeated(Part piece, long min, long max) {
            if (min == 0 && max == 1 && piece.exact && piece.strings != null) {
                // x? matches exactly x's strings or nothing: what follows can still be read.
                Set<String> orNothing = new HashSet<>(piece.strings);
                orNothing.add("");
                return Part.literal(orNothing);
            }
            return piece.repeated(min == 0);
        }
    }
}
