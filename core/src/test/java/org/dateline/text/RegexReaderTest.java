package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexReaderTest {
    /** Writes back what the reader understood, in a plain notation of its own. */
    private static final class Echo extends RegexReader<String> {
        Echo(String regex) {
            super(regex);
        }

        @Override
        String nothing() {
            return "";
        }

        @Override
        String anyCharacter() {
            return "ANY";
        }

        @Override
        String literal(char c) {
            return String.valueOf(c);
        }

        @Override
        String characterClass(CharacterClass c) {
            StringBuilder out = new StringBuilder(c.negated() ? "[^" : "[");
            for (char[] range : c.ranges()) {
                out.append(range[0]).append(range[0] == range[1] ? "" : "-" + range[1]);
            }
            c.sets().forEach(set -> out.append('\\').append(set));
            return out.append(']').toString();
        }

        @Override
        String setEscape(String set) {
            return "\\" + set;
        }

        @Override
        String either(String a, String b) {
            return "(" + a + "|" + b + ")";
        }

        @Override
        String then(String a, String b) {
            return a + b;
        }

        @Override
        String repeated(String piece, long min, long max) {
            return piece + "{" + min + "," + (max == UNBOUNDED ? "" : max) + "}";
        }
    }

    private static String read(String regex) {
        return new Echo(regex).read();
    }

    @Test
    void readsGroupsAlternativesQuantifiersClassesAndEscapes() {
        assertThat(read("ab|c")).isEqualTo("(ab|c)");
        assertThat(read("(?:the )?war")).isEqualTo("the {0,1}war");
        assertThat(read("x*y+z{2,4}w{3}v{1,}?")).isEqualTo("x{0,}y{1,}z{2,4}w{3,3}v{1,}");
        assertThat(read("[^a-c\\w.]")).isEqualTo("[^a-c.\\w]");
        assertThat(read("\\bdonate\\p{L}\\pN\\.")).isEqualTo("donate\\p{L}\\pN.");
        assertThat(read("^(?=a)b$")).isEqualTo("b"); // anchors and look-arounds consume nothing
        assertThat(read("[a&b]")).isEqualTo("[a&b]"); // a single & is a character
    }

    @Test
    void whatItDoesNotUnderstandMakesTheWholeUnreadable() {
        assertThat(read("(?i)war")).isNull();
        assertThat(read("(war)\\1")).isNull();
        assertThat(read("\\tx")).isNull();
        assertThat(read("[a[b]]")).isNull();
        assertThat(read("[a&&b]")).isNull();
        assertThat(read("(unclosed")).isNull();
        assertThat(read("a)")).isNull();
    }
}
