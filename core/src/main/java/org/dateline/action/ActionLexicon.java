package org.dateline.action;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.text.RuleFile;
import org.dateline.text.Token;
import org.dateline.text.Tokenizer;
import org.dateline.text.Vocabulary;

/**
 * Maps verb phrases to CAMEO codes. The phrases are data (lexicon.txt beside this class, its
 * header states the format); the longest phrase wins where several overlap. Thread-safe once
 * built.
 */
public final class ActionLexicon {
    /** One lexicon line. */
    /**
     * The code of a phrase that is no action ("-" in lexicon.txt): it wins over the shorter
     * action phrases inside it ("took over the armed forces", not "took over" a town) and is
     * never itself a match.
     */
    public static final CameoCode NOT_AN_ACTION = new CameoCode("-", "not an action", 0, 0.0);

    public record Entry(String where, CameoCode code, String pattern, Set<ActionFlag> flags, String example) {
    }

    private record Compiled(Entry entry, LexiconPattern pattern, int order, boolean noun, int specificity) {
        Compiled(Entry entry, LexiconPattern pattern, int order) {
            this(entry, pattern, order, entry.flags().contains(ActionFlag.NOUN), pattern.specificity());
        }
    }

    private final CameoCatalogue catalogue;
    // Patterns by the Vocabulary id of their first word, while the lexicon is built
    private final Map<Integer, List<Compiled>> firstWords = new HashMap<>();
    // For each word of the vocabulary when the lexicon was built (the words of every rule set
    // built before it, its own included), the patterns whose first slot takes it: those listing it
    // first, then those with a prefix it starts with. Worked out once, so a token's id gives the
    // patterns to try from it with their first word already matched; only words that are in no
    // rule set ("shipments") walk the trie.
    private final Compiled[][] startingWith;
    // Patterns whose first word is a prefix ("sanction*"), under their first slot's prefixes and
    // words: only those a token starts with are tried there, not all of them at every token.
    private final PrefixTrie<Compiled> prefixFirst = new PrefixTrie<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Compiled> compiled = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    /** The bundled lexicon and catalogue. */
    public ActionLexicon() {
        this(new CameoCatalogue(), RuleFile.resource(ActionLexicon.class, "lexicon.txt"));
    }

    /** A lexicon from the given lines, coded against the catalogue. */
    public ActionLexicon(CameoCatalogue catalogue, List<RuleFile.Line> lines) {
        this.catalogue = catalogue;
        problems.addAll(catalogue.problems());
        VerbForms forms = VerbForms.standard();
        for (RuleFile.Line l : lines) {
            add(l, forms);
        }
        barParticlesFromGaps();
        startingWith = new Compiled[Vocabulary.size()][];
        for (int id = 0; id < startingWith.length; id++) {
            startingWith[id] = startingWith(Vocabulary.word(id), id);
        }
    }

    // A verb's particles ("[call] on/upon", "[call] for") may not open a gap right after that verb in
    // its other entries: "called on Russia to stop its aggression" is no "[call] ... aggression".
    private void barParticlesFromGaps() {
        Map<String, Set<String>> particles = new HashMap<>();
        for (Compiled c : compiled) {
            Set<String> after = c.pattern().particlesAfterHead();
            for (String lemma : after.isEmpty() ? Set.<String>of() : c.pattern().headLemmas()) {
                particles.computeIfAbsent(lemma, k -> new HashSet<>()).addAll(after);
            }
        }
        for (Compiled c : compiled) {
            Set<String> barred = new HashSet<>();
            for (String lemma : c.pattern().headLemmas()) {
                barred.addAll(particles.getOrDefault(lemma, Set.of()));
            }
            c.pattern().barGapStart(barred);
        }
    }

    // The patterns whose first slot takes the word of the id, or null for none.
    private Compiled[] startingWith(String word, int id) {
        List<Compiled> found = new ArrayList<>(firstWords.getOrDefault(id, List.of()));
        List<Compiled> prefixed = new ArrayList<>();
        prefixFirst.collect(word, prefixed);
        for (Compiled c : prefixed) {
            if (c.pattern().firstAccepts(word, id)) { // the trie also holds the slot's words as prefixes
                found.add(c);
            }
        }
        return found.isEmpty() ? null : found.toArray(new Compiled[0]);
    }

    // The flags as the lexicon writes them, for the message on an unknown one.
    private static final String FLAG_NAMES = Arrays.stream(ActionFlag.values())
            .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private void add(RuleFile.Line l, VerbForms forms) {
        if (l.fields().size() != 4) {
            problems.add(l.problem("expected 'code | pattern | flags | example'"));
            return;
        }
        CameoCode code = l.field(0).equals(NOT_AN_ACTION.code()) ? NOT_AN_ACTION : catalogue.get(l.field(0));
        if (code == null) {
            problems.add(l.problem("code '" + l.field(0) + "' is not in cameo.txt"));
            return;
        }
        Set<ActionFlag> flags = EnumSet.noneOf(ActionFlag.class);
        for (String f : l.field(2).split("[,\\s]+")) {
            if (f.isBlank()) {
                continue;
            }
            try {
                flags.add(ActionFlag.valueOf(f.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(l.problem("unknown flag '" + f + "' (" + FLAG_NAMES + ")"));
                return;
            }
        }
        if (l.field(3).isEmpty()) {
            problems.add(l.problem("every entry needs an example sentence"));
            return;
        }
        LexiconPattern pattern;
        try {
            pattern = LexiconPattern.parse(l.field(1), forms);
        } catch (IllegalArgumentException e) {
            problems.add(l.problem(e.getMessage()));
            return;
        }
        // an EnumSet: ActionMatch.has asks it a bit, many times per sentence read
        Entry entry = new Entry(l.file() + ":" + l.number(), code, l.field(1), Collections.unmodifiableSet(flags),
                l.field(3));
        Compiled c = new Compiled(entry, pattern, entries.size());
        entries.add(entry);
        compiled.add(c);
        if (pattern.firstWords().isEmpty()) {
            pattern.firstPrefixes().forEach(p -> prefixFirst.add(p, c));
        } else {
            for (int id : pattern.firstWordIds()) {
                firstWords.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** Bad lines as "file:line: reason"; empty when all is well. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Every entry, in file order (their examples are run by the tests). */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The CAMEO catalogue the lexicon codes against. */
    public CameoCatalogue catalogue() {
        return catalogue;
    }

    /** The action phrases of a text. */
    public List<ActionMention> find(String text) {
        return match(text, Tokenizer.tokenize(text)).stream()
                .map(m -> new ActionMention(m.start(), m.end(), m.text(), m.code())).toList();
    }

    /** The action phrases over tokens of text, in text order, never overlapping. */
    public List<ActionMatch> match(String text, List<Token> tokens) {
        return match(text, tokens, Vocabulary.ids(tokens), 0, tokens.size());
    }

    private record Hit(Compiled c, int from, int[] m) {
        int length() {
            return m[0] - from;
        }

        // Longest first; on equal length a noun entry, then the more specific one, then the earlier.
        static int precedence(Hit a, Hit b) {
            if (a.length() != b.length()) {
                return Integer.compare(b.length(), a.length());
            }
            if (a.c().noun() != b.c().noun()) {
                return a.c().noun() ? -1 : 1;
            }
            if (a.c().specificity() != b.c().specificity()) {
                return Integer.compare(b.c().specificity(), a.c().specificity());
            }
            return Integer.compare(a.c().order(), b.c().order());
        }
    }

    /**
     * The action phrases of the sentence made of tokens [from, to), in text order, never
     * overlapping; their token indices are into the whole list.
     */
    public List<ActionMatch> match(String text, List<Token> tokens, int from, int to) {
        return match(text, tokens, Vocabulary.ids(tokens), from, to);
    }

    /**
     * Like {@link #match(String, List, int, int)}, with the {@link Vocabulary} ids of all the
     * tokens, looked up once for the whole text.
     */
    public List<ActionMatch> match(String text, List<Token> tokens, int[] vocabularyIds, int from, int to) {
        SentenceTokens sentence = new SentenceTokens(tokens, vocabularyIds, from, to);
        List<Hit> hits = new ArrayList<>();
        List<Compiled> byPrefix = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            int id = sentence.id(i);
            if (id >= 0 && id < startingWith.length) {
                Compiled[] candidates = startingWith[id];
                for (int k = 0; candidates != null && k < candidates.length; k++) {
                    hit(candidates[k], candidates[k].pattern().matchAfterFirst(sentence, i), i, hits);
                }
            } else {
                // a word of no rule set, or of one built after the lexicon
                byPrefix.clear();
                prefixFirst.collect(sentence.get(i).norm(), byPrefix);
                for (Compiled c : byPrefix) {
                    hit(c, c.pattern().match(sentence, i), i, hits);
                }
            }
        }
        if (hits.isEmpty()) {
            return new ArrayList<>(); // a third of the sentences: nothing to choose from
        }
        hits.sort(Hit::precedence);
        boolean[] taken = new boolean[sentence.size()];
        // the phrases kept, by their first token: read in that order, they are in text order
        ActionMatch[] byFirstToken = new ActionMatch[sentence.size()];
        for (Hit h : hits) {
            boolean free = true;
            for (int k = h.from(); k < h.m()[0]; k++) {
                free &= !taken[k];
            }
            if (!free) {
                continue;
            }
            for (int k = h.from(); k < h.m()[0]; k++) {
                taken[k] = true;
            }
            int start = sentence.get(h.from()).start();
            int end = sentence.get(h.m()[0] - 1).end();
            Entry e = h.c().entry();
            if (e.code() == NOT_AN_ACTION) {
                continue; // its words are taken: "took over the armed forces" hides "took over"
            }
            byFirstToken[h.from()] = new ActionMatch(start, end, text.substring(start, end), e.code(), from + h.from(),
                    from + h.m()[0], from + h.m()[1], h.m()[2] == 1, e.flags(), e.example());
        }
        List<ActionMatch> out = new ArrayList<>();
        for (ActionMatch m : byFirstToken) {
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static void hit(Compiled c, int[] m, int i, List<Hit> hits) {
        if (m != null) {
            hits.add(new Hit(c, i, m));
        }
    }
}
