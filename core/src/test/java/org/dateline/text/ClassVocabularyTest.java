package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassVocabularyTest {
    private final ClassVocabulary vocabulary = ClassVocabulary.standard();

    @Test
    void everyRuleMatchesItsExample() {
        List<RuleLines.Line> lines = ClassVocabulary.lines();
        assertThat(lines).hasSizeGreaterThan(50);
        for (RuleLines.Line line : lines) {
            ClassVocabulary.Verdict expected = line.kind().equals("keep")
                    ? ClassVocabulary.Verdict.KEEP : ClassVocabulary.Verdict.DROP;
            ClassVocabulary one = new ClassVocabulary(List.of(line));
            assertThat(one.judge(line.example()))
                    .as("%s:%d %s", line.file(), line.number(), line.body()).isEqualTo(expected);
            // ...and the whole vocabulary agrees (a keep rule must not be shadowed, a drop rule
            // must not be undone by a keep rule).
            assertThat(vocabulary.judge(line.example()))
                    .as("%s:%d with all rules", line.file(), line.number()).isEqualTo(expected);
        }
    }

    @Test
    void attributesAreSplitIntoWords() {
        assertThat(ClassVocabulary.words("mostRead-box2 article_tools"))
                .containsExactly("most", "read", "box", "article", "tools");
        assertThat(ClassVocabulary.words("  ")).isEmpty();
        // letters right after a digit belong to a generated id: "block-626ad9" holds no "ad"
        assertThat(ClassVocabulary.words("block-626ad9 dcr-block 2col")).containsExactly("block", "dcr", "block");
    }

    @Test
    void wordsMustFollowEachOtherWholly() {
        assertThat(vocabulary.judge("headline")).isEqualTo(ClassVocabulary.Verdict.NONE);
        assertThat(vocabulary.judge("shared-content load")).isEqualTo(ClassVocabulary.Verdict.NONE);
        assertThat(vocabulary.judge("read-time")).isEqualTo(ClassVocabulary.Verdict.NONE);
        assertThat(vocabulary.judge("most-read")).isEqualTo(ClassVocabulary.Verdict.DROP);
    }

    @Test
    void articleBodyWinsOverABoilerplateWordOnTheSameElement() {
        assertThat(vocabulary.judge("article-body has-share-tools")).isEqualTo(ClassVocabulary.Verdict.KEEP);
    }

    @Test
    void aRememberedVerdictIsTheVerdict() {
        ClassVocabulary vocabulary = ClassVocabulary.standard();
        for (String attributes : List.of("site-footer", "article-body", "story", "mostRead-box2 article_tools", "")) {
            assertThat(vocabulary.judgeOnce(attributes)).as(attributes).isEqualTo(vocabulary.judge(attributes));
            assertThat(vocabulary.judgeOnce(attributes)).as(attributes).isEqualTo(vocabulary.judge(attributes));
        }
    }

    @Test
    void classIdAndLabelAreJudgedAsJoinedBySpaces() {
        ClassVocabulary vocabulary = ClassVocabulary.standard();
        for (String[] named : List.of(new String[] {"story", "most-read", ""}, new String[] {"", "", "Share tools"},
                new String[] {"article-body", "site-footer", ""}, new String[] {"story", "x1", "Main"})) {
            String joined = named[0] + " " + named[1] + " " + named[2];
            for (int twice = 0; twice < 2; twice++) {
                assertThat(vocabulary.judgeOnce(named[0], named[1], named[2])).as(joined)
                        .isEqualTo(vocabulary.judge(joined));
            }
        }
        assertThat(vocabulary.judgeOnce("site-footer", "", "")).isEqualTo(vocabulary.judge("site-footer"));
    }

    @Test
    void badRuleNamesFileLineAndReason() {
        List<RuleLines.Line> lines = RuleLines.parse("x.txt", List.of("# c", "", "remove nav => nav"));
        assertThatThrownBy(() -> new ClassVocabulary(lines)).hasMessage("x.txt:3: unknown kind \"remove\" (drop or keep)");
        assertThatThrownBy(() -> new ClassVocabulary(RuleLines.parse("x.txt", List.of("drop Nav => nav"))))
                .hasMessageStartingWith("x.txt:1: words must be lower-case letters");
        assertThatThrownBy(() -> RuleLines.parse("x.txt", List.of("drop nav")))
                .hasMessageStartingWith("x.txt:1: expected");
    }

    @Test
    void splitsEveryAsciiCharacterAsCharacterWould() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 200; c++) {
            all.append(c).append("aB").append(c).append('Z');
        }
        assertThat(ClassVocabulary.words(all.toString())).containsExactly(referenceWords(all.toString()));
    }

    /** The split as written with Character's own tests. */
    private static String[] referenceWords(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        boolean afterDigit = false; // in letters that follow a digit
        for (char c : s.toCharArray()) {
            boolean boundary = !Character.isLetter(c)
                    || Character.isUpperCase(c) && Character.isLowerCase(previous) && word.length() > 0;
            if (boundary && word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            if (Character.isLetter(c)) {
                afterDigit |= word.length() == 0 && Character.isDigit(previous);
                if (!afterDigit) {
                    word.append(Character.toLowerCase(c));
                }
            } else {
                afterDigit &= Character.isDigit(c);
            }
            previous = c;
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out.toArray(String[]::new);
    }
}
