package org.dateline.actor;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.text.RuleFile;
import org.dateline.text.Token;
import org.dateline.text.Vocabulary;

/**
 * "The ministry", "the alliance": a definite phrase that refers back to an actor named earlier in
 * the article ("Russia's defence ministry said ... The ministry blamed Ukraine"). The words and
 * what they refer to are rules ({@code back-references.txt}); what was named last is kept by a
 * {@link Memory}, one per article.
 */
public final class BackReferences {
    private final Set<String> words;
    // the words, and the entities each names ("alliance" -> NATO), as arrays read for every name of every sentence
    private final String[] wordList;
    private final Set<String>[] entityList;
    private final List<String> problems = new ArrayList<>();
    private final OfficeTitles offices;

    @SuppressWarnings("unchecked") // an array of sets, one per word
    BackReferences(List<RuleFile.Line> lines, OfficeTitles offices) {
        this.offices = offices;
        problems.addAll(offices.problems());
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
        if (byWord.size() > Integer.SIZE) {
            problems.add("back-references.txt: more than " + Integer.SIZE + " words; those after are left out");
            byWord.keySet().retainAll(byWord.keySet().stream().sorted().limit(Integer.SIZE).toList());
        }
        words = Set.copyOf(byWord.keySet());
        wordList = words.toArray(new String[0]);
        entityList = new Set[wordList.length];
        for (int i = 0; i < wordList.length; i++) {
            entityList[i] = byWord.get(wordList[i]);
        }
    }

    /** The rules of {@code back-references.txt}. */
    public static BackReferences standard() {
        return new BackReferences(RuleFile.resource(BackReferences.class, "back-references.txt"),
                OfficeTitles.standard());
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** What an article has named so far, by the words that may refer back to it. */
    public final class Memory {
        // by word, the names that may be referred back to with it, the latest first
        private final Map<String, Deque<ActorMention>> named = new HashMap<>();
        // by office, those named with its title ("prime minister": Kishida, Modi), in that order;
        // and how often each actor was named (or referred back to) so far
        private final Map<String, List<Actor>> titled = new HashMap<>();
        private final Map<Actor, Integer> timesNamed = new HashMap<>();

        /**
         * Remembers who a sentence names with a title of office ("Japanese Prime Minister Fumio
         * Kishida"), for "the prime minister" in a later sentence.
         */
        public void sawTitled(String text, List<ActorMention> mentions) {
            List<ActorMention> inOrder = mentions;
            for (int i = 1; i < mentions.size() && inOrder == mentions; i++) {
                if (mentions.get(i).start() < mentions.get(i - 1).start()) {
                    inOrder = new ArrayList<>(mentions);
                    inOrder.sort(Comparator.comparingInt(ActorMention::start)); // the first named is the first titled
                }
            }
            for (ActorMention m : inOrder) {
                String office = offices.officeOf(text, m.start(), m.end());
                if (office != null) {
                    List<Actor> holders = titled.computeIfAbsent(office, o -> new ArrayList<>());
                    if (!holders.contains(m.actor())) {
                        holders.add(m.actor());
                    }
                }
            }
        }

        /** Remembers the actors a sentence names (as of the publication date). */
        public void saw(List<ActorMention> mentions) {
            for (ActorMention m : mentions) {
                timesNamed.merge(m.actor(), 1, Integer::sum);
                int inName = wordsIn(m.text());
                for (int i = 0; i < wordList.length; i++) {
                    String word = wordList[i];
                    if ((inName & 1 << i) != 0 || entityList[i].contains(m.actor().entity())) {
                        Deque<ActorMention> recent = named.computeIfAbsent(word, w -> new ArrayDeque<>());
                        recent.addFirst(m);
                        if (recent.size() > REMEMBERED) {
                            recent.removeLast();
                        }
                    }
                }
            }
        }

        // The latest actor named with the word and every modifier ("the defence ministry": a
        // defence ministry, never the foreign ministry named last), or null.
        private Actor last(String word, List<String> modifiers) {
            Deque<ActorMention> recent = named.get(word);
            if (recent == null) {
                return null;
            }
            for (ActorMention m : recent) {
                String name = m.text();
                if (modifiers.stream().allMatch(mod -> containsWord(name, mod))) {
                    return m.actor();
                }
            }
            return null;
        }

        /**
         * The sentence's names with "the <word>" added where it refers back to an actor
         * remembered, in tokens [from, to) outside the names already found.
         */
        public Mentions resolve(String text, List<Token> tokens, int[] ids, int from, int to, Mentions found) {
            List<Mentions.Span> added = null;
            for (int i = from; i + 1 < to; i++) {
                if (ids[i] != THE) {
                    continue;
                }
                OfficeTitles.Written title = offices.titleAfter(tokens, i, to);
                if (title != null) {
                    // "the prime minister said": the one last named with that title
                    added = withHolder(added, text, tokens, i, title, found);
                    continue;
                }
                int w = i + 1;
                boolean titleCase = false;
                while (w + 1 < to && w - i <= MODIFIERS && !words.contains(tokens.get(w).norm())
                        && tokens.get(w).isWord()) {
                    titleCase |= !lowerCaseWord(tokens.get(w));
                    w++; // "the foreign ministry", "the Foreign Ministry"
                }
                String word = tokens.get(w).norm();
                if (!words.contains(word) || titleCase && lowerCaseWord(tokens.get(w))) {
                    continue; // (not "the Russian ministry": a name with a word of the text's own after it)
                }
                List<String> modifiers = new ArrayList<>();
                for (int k = i + 1; k < w; k++) {
                    modifiers.add(tokens.get(k).norm());
                }
                // "In Moscow, the foreign ministry warned": a capital opening the sentence says whose,
                // before any ministry named earlier
                Actor opening = openingPlace(tokens, from, to, found);
                Actor actor = opening != null && "GOV".equals(opening.role()) && NATIONAL_BODIES.contains(word)
                        ? opening : last(word, modifiers);
                if (actor == null) {
                    actor = opening;
                }
                int start = tokens.get(i).start();
                int end = tokens.get(w).end();
                if (actor == null || found.overlaps(start, end)) {
                    continue;
                }
                if (added == null) {
                    added = new ArrayList<>();
                }
                Actor referred = actor;
                added.add(new Mentions.Span(start, end, text.substring(start, end), (LocalDate day) -> referred));
            }
            return added == null ? found : found.with(added);
        }

        // (a government's own bodies, which a capital says the state of; not "the Council" of NATO)
        private static final Set<String> NATIONAL_BODIES = Set.of("ministry", "government", "cabinet");

        // Of those named with the office's title: when the title is capitalised, the first, as
        // an official page writes of its own principal (GOV.UK's "The Prime Minister will travel"
        // is Sunak, though it named Italy's prime minister since); else the one the article names
        // most (the first on a tie): "the prime minister" in a story about Kishida's visit is
        // Kishida, though Modi, whom he met the day before, was named with the title since.
        private Actor holder(String office, boolean capitalised) {
            List<Actor> holders = titled.get(office);
            if (holders == null || capitalised) {
                return holders == null ? null : holders.get(0);
            }
            Actor best = null;
            int most = 0;
            for (Actor a : holders) {
                int times = timesNamed.getOrDefault(a, 0);
                if (times > most) {
                    best = a;
                    most = times;
                }
            }
            return best;
        }

        private List<Mentions.Span> withHolder(List<Mentions.Span> added, String text, List<Token> tokens, int the,
                                               OfficeTitles.Written title, Mentions found) {
            Actor holder = holder(title.office(), title.capitalised());
            int start = tokens.get(the).start();
            int end = tokens.get(title.end() - 1).end();
            if (holder == null || found.overlaps(start, end)) {
                return added;
            }
            List<Mentions.Span> out = added == null ? new ArrayList<>() : added;
            out.add(new Mentions.Span(start, end, text.substring(start, end), (LocalDate day) -> holder));
            return out;
        }
    }

    private static final int THE = Vocabulary.add("the");
    /** Names remembered per word. */
    private static final int REMEMBERED = 8;
    /** Words between "the" and the word that refers back, at most ("the foreign ministry"). */
    private static final int MODIFIERS = 2;

    private static boolean lowerCaseWord(Token t) {
        return t.isWord() && Character.isLowerCase(t.text().charAt(0));
    }

    // The actor named by a sentence's opening "In <name>," (a capital stands for its government), or null.
    private static Actor openingPlace(List<Token> tokens, int from, int to, Mentions found) {
        if (from + 2 >= to || !tokens.get(from).norm().equals("in")) {
            return null;
        }
        Mentions.Span place = found.startingAt(tokens.get(from + 1).start());
        if (place == null) {
            return null;
        }
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).start() >= place.end()) {
                return tokens.get(k).norm().equals(",") ? place.actor().apply(null) : null;
            }
        }
        return null;
    }

    // Which words (bits by their index in wordList) a name holds; names recur from sentence to
    // sentence and article to article, so each is read once (up to a bound).
    private int wordsIn(String name) {
        Integer known = wordsInName.get(name);
        if (known != null) {
            return known;
        }
        int mask = 0;
        for (int i = 0; i < wordList.length; i++) {
            if (containsWord(name, wordList[i])) {
                mask |= 1 << i;
            }
        }
        if (wordsInName.size() < MAX_NAMES_KNOWN) {
            wordsInName.put(name, mask);
        }
        return mask;
    }

    private static final int MAX_NAMES_KNOWN = 50_000;
    private final Map<String, Integer> wordsInName = new ConcurrentHashMap<>();

    /** A memory for a new article. */
    public Memory memory() {
        return new Memory();
    }

    // Whether the name holds the (lower-case) word as a word of its own, ignoring case; no copy made.
    private static boolean containsWord(String name, String word) {
        for (int at = 0; at + word.length() <= name.length(); at++) {
            int end = at + word.length();
            if (name.regionMatches(true, at, word, 0, word.length())
                    && (at == 0 || !Character.isLetter(name.charAt(at - 1)))
                    && (end == name.length() || !Character.isLetter(name.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
