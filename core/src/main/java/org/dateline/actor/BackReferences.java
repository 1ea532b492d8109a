package org.dateline.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.text.RuleFile;
import org.dateline.text.Token;

/**
 * "The ministry", "the alliance": a definite phrase that refers back to an actor named earlier in
 * the article ("Russia's defence ministry said ... The ministry blamed Ukraine"). The words and
 * what they refer to are rules ({@code back-references.txt}); what was named last is kept by a
 * {@link Memory}, one per article.
 */
public final class BackReferences {
    private final Set<String> words;
    private final Map<String, Set<String>> entities; // word -> entities it names ("alliance" -> NATO)
    private final List<String> problems = new ArrayList<>();

    BackReferences(List<RuleFile.Line> lines) {
        Map<String, Set<String>> byWord = new HashMap<>();
        for (RuleFile.Line line : lines) {
            String[] parts = line.text().split("=", 2);
            String word = parts[0].strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty() || word.contains(" ")) {
                problems.add(line.problem("not one word: " + line.text()));
                continue;
            }
            byWord.put(word, parts.length == 1 ? Set.of() : Set.of(parts[1].strip().split("\\s+")));
        }
        words = Set.copyOf(byWord.keySet());
        entities = Map.copyOf(byWord);
    }

    /** The rules of {@code back-references.txt}. */
    public static BackReferences standard() {
        return new BackReferences(RuleFile.resource(BackReferences.class, "back-references.txt"));
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** What an article has named so far, by the words that may refer back to it. */
    public final class Memory {
        private final Map<String, Actor> last = new HashMap<>();

        /** Remembers the actors a sentence names (as of the publication date). */
        public void saw(List<ActorMention> mentions) {
            for (ActorMention m : mentions) {
                String name = m.text().toLowerCase(Locale.ROOT);
                for (String word : words) {
                    if (entities.get(word).contains(m.actor().entity()) || containsWord(name, word)) {
                        last.put(word, m.actor());
                    }
                }
            }
        }

        /**
         * The sentence's names with "the <word>" added where it refers back to an actor
         * remembered, in tokens [from, to) outside the names already found.
         */
        public Mentions resolve(String text, List<Token> tokens, int from, int to, Mentions found) {
            if (last.isEmpty()) {
                return found;
            }
            List<Mentions.Span> added = null;
            for (int i = from; i + 1 < to; i++) {
                if (!tokens.get(i).norm().equals("the")) {
                    continue;
                }
                Actor actor = last.get(tokens.get(i + 1).norm());
                int start = tokens.get(i).start();
                int end = tokens.get(i + 1).end();
                if (actor == null || found.overlaps(start, end)) {
                    continue;
                }
                if (added == null) {
                    added = new ArrayList<>();
                }
                added.add(new Mentions.Span(start, end, text.substring(start, end), (LocalDate day) -> actor));
            }
            return added == null ? found : found.with(added);
        }
    }

    /** A memory for a new article. */
    public Memory memory() {
        return new Memory();
    }

    private static boolean containsWord(String name, String word) {
        int at = name.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetter(name.charAt(at - 1));
            boolean endsWord = end == name.length() || !Character.isLetter(name.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            at = name.indexOf(word, at + 1);
        }
        return false;
    }
}
