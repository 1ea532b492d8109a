package org.dateline.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dateline.text.RuleFile;
import org.dateline.text.Token;
import org.dateline.text.Tokenizer;
import org.dateline.text.Vocabulary;

/**
 * Finds actors named in text, resolving office-holders by date. The names are data, the files
 * beside this class (states, roles, organisations, institutions, separatists, people, places),
 * each with a header stating its format. Longest name wins: "Russia's State Duma" is the Duma.
 * Thread-safe once built.
 */
public final class Gazetteer {
    static final List<String> FILES = List.of("states.txt", "roles.txt", "organisations.txt",
            "institutions.txt", "separatists.txt", "people.txt", "places.txt", "not-actors.txt");
    private static final Pattern ENTITY = Pattern.compile("[A-Z][A-Z0-9]{1,5}");
    private static final Pattern ROLE = Pattern.compile("[A-Z]{3}");

    private final PhraseIndex<Function<LocalDate, Actor>> names = new PhraseIndex<>();
    private final Set<Actor> places = new HashSet<>();
    private final Set<String> people = new HashSet<>();
    private final Map<String, List<Person>> sharedNames = new HashMap<>(); // people by each name of theirs
    // people's one-word names ("Carney") and the first names they are written with ("Mark")
    private final Map<String, Set<String>> firstNamesBySurname = new HashMap<>();
    // Whether each actor the gazetteer made is a place and a person, worked out once it is built:
    // the reader asks for every name it reads, and an identity lookup hashes no strings (nor does
    // the JIT inline the whole of a hashed lookup of a record into the reader's hot method).
    // Another actor, equal to one of these or not, is looked up in places and people.
    private final Map<Actor, Kind> kinds = new IdentityHashMap<>();

    private record Kind(boolean place, boolean person) {
    }
    private final List<String> problems = new ArrayList<>();

    /** The bundled gazetteer. */
    public Gazetteer() {
        this(bundled());
    }

    /** A gazetteer from rule files by name (see {@link #FILES}); missing files count as empty. */
    Gazetteer(Map<String, List<RuleFile.Line>> files) {
        Map<String, List<String>> roleNouns = roles(files.getOrDefault("roles.txt", List.of()));
        files.getOrDefault("places.txt", List.of()).forEach(this::place);
        files.getOrDefault("states.txt", List.of()).forEach(l -> state(l, roleNouns));
        for (String f : List.of("organisations.txt", "separatists.txt", "institutions.txt")) {
            files.getOrDefault(f, List.of()).forEach(this::body);
        }
        files.getOrDefault("people.txt", List.of()).forEach(this::person);
        for (RuleFile.Line l : files.getOrDefault("not-actors.txt", List.of())) {
            list(l.field(0)).forEach(n -> names.add(n, day -> null));
        }
        kinds.replaceAll((actor, unknown) -> new Kind(places.contains(actor), people.contains(actor.name())));
    }

    private static Map<String, List<RuleFile.Line>> bundled() {
        Map<String, List<RuleFile.Line>> files = new LinkedHashMap<>();
        FILES.forEach(f -> files.put(f, RuleFile.resource(Gazetteer.class, f)));
        return files;
    }

    /** Bad lines of the rule files, as "file:line: reason"; empty when all is well. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The actors named in text, office-holders as they were on {@code when} (null: latest). */
    public List<ActorMention> find(String text, LocalDate when) {
        return find(text, Tokenizer.tokenize(text), when);
    }

    /** Like {@link #find(String, LocalDate)} over tokens already cut from text. */
    public List<ActorMention> find(String text, List<Token> tokens, LocalDate when) {
        return mentions(text, tokens).on(when);
    }

    /**
     * The names over tokens of text, found once: which actor each one is can then be asked for
     * any number of dates without searching the tokens again.
     */
    public Mentions mentions(String text, List<Token> tokens) {
        return mentions(text, tokens, Vocabulary.ids(tokens), 0, tokens.size());
    }

    /**
     * Like {@link #mentions(String, List)} over tokens [from, to) of the list (a name never runs
     * past them), with the {@link Vocabulary} ids of all the tokens, looked up once per text.
     */
    public Mentions mentions(String text, List<Token> tokens, int[] vocabularyIds, int from, int to) {
        List<Mentions.Span> spans = new ArrayList<>();
        for (int i = from; i < to; i++) {
            PhraseIndex.Entry<Function<LocalDate, Actor>> m = names.longestAt(tokens, vocabularyIds, i, to);
            if (m == null) {
                continue;
            }
            int start = tokens.get(i).start();
            if (m.length() == 1 && i > from) {
                Set<String> theirs = firstNamesBySurname.get(tokens.get(i).text());
                Token before = tokens.get(i - 1);
                if (firstNameLike(before, theirs)) {
                    if (!sameInitial(before, theirs)) {
                        continue; // "White House spokesman Jay Carney": someone else of that surname
                    }
                    start = before.start(); // "Pavel Klimkin": a spelling of the listed "Pavlo"
                }
            }
            int end = tokens.get(i + m.length() - 1).end();
            Mentions.Span labelled = labelledSpeaker(text, tokens, i, m, from, to, spans);
            if (labelled != null) {
                spans.add(labelled);
                i += m.length(); // past the ")"
                continue;
            }
            spans.add(new Mentions.Span(start, end, text.substring(start, end), m.value()));
            i += m.length() - 1;
        }
        return new Mentions(spans);
    }

    /** The most speakers labelled with their state kept as people ({@link #isPerson}). */
    private static final int MAX_LABELLED_SPEAKERS = 10_000;
    // The names of speakers met labelled with their state: people, as the listed ones are.
    private final Set<String> labelledSpeakers = ConcurrentHashMap.newKeySet();

    /**
     * "VITALY I. CHURKIN (Russian Federation) said", "Samantha Power (United States)": a name the
     * gazetteer does not list, labelled in brackets with the state its bearer speaks for (as UN
     * meeting records write speakers) is that state's government, and a person ("he" refers back
     * to them). Null when the state's name at token i is not such a label.
     */
    private Mentions.Span labelledSpeaker(String text, List<Token> tokens, int i,
                                          PhraseIndex.Entry<Function<LocalDate, Actor>> m, int from, int to,
                                          List<Mentions.Span> spans) {
        int close = i + m.length();
        if (i - 2 < from || close >= to || !tokens.get(i - 1).text().equals("(") || !tokens.get(close).text().equals(")")) {
            return null;
        }
        Actor state = m.value().apply(null);
        if (state == null || !state.role().isEmpty() || places.contains(state) || !ISO3.matcher(state.entity()).matches()) {
            return null;
        }
        int end = tokens.get(close).end();
        Mentions.Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && last.end() == tokens.get(i - 2).end()) {
            // a listed person ("SAMANTHA POWER (United States)"): the label is part of their name
            Actor person = last.actor().apply(null);
            if (person == null || !people.contains(person.name())) {
                return null;
            }
            spans.remove(spans.size() - 1);
            return new Mentions.Span(last.start(), end, text.substring(last.start(), end), last.actor());
        }
        int first = i - 1;
        for (int k = i - 2; k >= from && i - 1 - k <= MAX_LABEL_TOKENS; k--) {
            Token t = tokens.get(k);
            boolean initialStop = t.text().equals(".") && k > from && tokens.get(k - 1).text().length() == 1;
            if (!initialStop && !(t.isWord() && Character.isUpperCase(t.text().charAt(0)))) {
                break;
            }
            first = k;
        }
        int nameStart = first < i - 1 ? tokens.get(first).start() : -1;
        if (nameStart < 0 || !spans.isEmpty() && spans.get(spans.size() - 1).end() > nameStart) {
            return null;
        }
        String name = titleCase(text.substring(nameStart, tokens.get(i - 2).end()));
        if (labelledSpeakers.size() < MAX_LABELLED_SPEAKERS) {
            labelledSpeakers.add(name);
        }
        Actor speaker = new Actor(name, state.entity(), "GOV");
        return new Mentions.Span(nameStart, end, text.substring(nameStart, end), day -> speaker);
    }

    private static final int MAX_LABEL_TOKENS = 8;
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    // "VITALY I. CHURKIN" as "Vitaly I. Churkin": words written in capitals only ("McCain" stays).
    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : name.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean capitalsOnly = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            out.append(capitalsOnly ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word);
        }
        return out.toString();
    }

    // A capitalised word right before a surname that is no title, day or month: a first name
    // ("Jay" Carney), so the surname is not the listed person's ("Prime Minister Carney" is),
    // unless it is written as theirs.
    private static boolean firstNameLike(Token before, Set<String> theirs) {
        String t = before.text();
        return theirs != null && t.length() >= 2 && Character.isUpperCase(t.charAt(0))
                && Character.isLowerCase(t.charAt(t.length() - 1)) && !NOT_FIRST_NAMES.contains(before.norm());
    }

    // A first name with the same initial is taken for a spelling of theirs: Sergey, Sergei.
    private static boolean sameInitial(Token first, Set<String> theirs) {
        return theirs.stream().anyMatch(f -> f.charAt(0) == first.text().charAt(0));
    }

    private static final Set<String> NOT_FIRST_NAMES = Set.of("president", "minister", "chancellor", "secretary",
            "mr", "mrs", "ms", "dr", "speaker", "senator", "sen", "rep", "representative", "general", "gen",
            "governor", "gov", "premier", "leader", "ambassador", "commissioner", "king", "queen", "pope",
            "patriarch", "spokesman", "spokeswoman", "envoy", "mayor", "admiral", "colonel", "marshal", "judge",
            "prosecutor", "director", "chairman", "chairwoman", "chair", "commander", "lieutenant", "sir", "lord",
            "lady", "prince", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "but", "and", "when", "after", "then", "as", "while", "if", "on", "in", "at",
            "the", "so", "yet", "also", "says", "said", "told", "asked", "meanwhile", "still", "now", "today",
            "yesterday", "earlier", "later", "instead", "however", "since", "before", "until", "both", "with");

    /** True when the mention names a place: a target where something happened, never an agent. */
    public boolean isPlace(ActorMention mention) {
        Kind kind = kinds.get(mention.actor());
        return kind != null ? kind.place() : places.contains(mention.actor());
    }

    /** True when the actor is a person of the gazetteer (pronoun "he"/"she" may refer to them). */
    public boolean isPerson(Actor actor) {
        if (actor == null) {
            return false;
        }
        Kind kind = kinds.get(actor);
        return kind != null ? kind.person() : people.contains(actor.name()) || labelledSpeakers.contains(actor.name());
    }

    private Map<String, List<String>> roles(List<RuleFile.Line> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (RuleFile.Line l : lines) {
            if (!ROLE.matcher(l.field(0)).matches() || l.field(1).isEmpty()) {
                problems.add(l.problem("expected 'ROLE | nouns', e.g. 'MIL | forces; troops'"));
                continue;
            }
            out.computeIfAbsent(l.field(0), k -> new ArrayList<>()).addAll(list(l.field(1)));
        }
        return out;
    }

    private void state(RuleFile.Line l, Map<String, List<String>> roleNouns) {
        String code = l.field(0);
        List<String> stateNames = list(l.field(1));
        if (!code.matches("[A-Z]{3}") || stateNames.isEmpty() || l.fields().size() > 4) {
            problems.add(l.problem("expected 'ISO3 | names | capitals | adjectives'"));
            return;
        }
        String name = stateNames.get(0);
        Actor state = new Actor(name, code, "");
        stateNames.forEach(n -> fixed(n, state));
        list(l.field(2)).forEach(c -> fixed(c, new Actor(name, code, "GOV")));
        for (String adjective : list(l.field(3))) {
            fixed(adjective, state);
        }
        roleNouns.forEach((role, nouns) -> {
            Actor actor = new Actor(name, code, role);
            for (String noun : nouns) {
                list(l.field(3)).forEach(a -> fixed(a + " " + noun, actor));
                stateNames.forEach(n -> fixed(n + "'s " + noun, actor));
                stateNames.forEach(n -> fixed(noun + " of " + n, actor)); // "the Ministry of Foreign Affairs of Ukraine"
                list(l.field(2)).forEach(n -> fixed(n + "'s " + noun, actor));
            }
        });
    }

    private void body(RuleFile.Line l) {
        if (!ENTITY.matcher(l.field(0)).matches() || !ROLE.matcher(l.field(1)).matches()
                || l.field(2).isEmpty()) {
            problems.add(l.problem("expected 'ENTITY | ROLE | name | other names', e.g. 'UN | IGO | United Nations | UN'"));
            return;
        }
        Actor actor = new Actor(l.field(2), l.field(0), l.field(1));
        fixed(l.field(2), actor);
        list(l.field(3)).forEach(n -> fixed(n, actor));
    }

    private void place(RuleFile.Line l) {
        if (!ENTITY.matcher(l.field(0)).matches() || l.field(1).isEmpty()) {
            problems.add(l.problem("expected 'ENTITY | place names'"));
            return;
        }
        for (String n : list(l.field(1))) {
            Actor actor = new Actor(n, l.field(0), "");
            places.add(actor);
            fixed(n, actor);
        }
    }

    private void person(RuleFile.Line l) {
        String[] other = l.field(3).split("\\s+");
        if (l.field(0).isEmpty() || l.fields().size() != 4 || other.length != 2
                || !ENTITY.matcher(other[0]).matches() || !ROLE.matcher(other[1]).matches()) {
            problems.add(l.problem("expected 'name | other names | terms | ENTITY ROLE'"));
            return;
        }
        List<OfficeTerm> terms = new ArrayList<>();
        for (String t : list(l.field(2))) {
            OfficeTerm term = term(t);
            if (term == null) {
                problems.add(l.problem("bad term '" + t + "': expected 'ENTITY ROLE 2014-06-07..2019-05-20'"));
                return;
            }
            terms.add(term);
        }
        Person p = new Person(l.field(0), List.copyOf(terms), other[0], other[1]);
        people.add(p.name());
        p.actors().forEach(a -> kinds.put(a, null));
        List<String> all = new ArrayList<>(List.of(l.field(0)));
        all.addAll(list(l.field(1)));
        Set<String> firstNames = new HashSet<>();
        for (String name : all) {
            if (name.contains(" ")) {
                firstNames.add(name.substring(0, name.indexOf(' ')));
            }
        }
        for (String name : all) {
            if (!name.contains(" ")) {
                firstNamesBySurname.computeIfAbsent(name, n -> new HashSet<>()).addAll(firstNames);
            }
            // a name two people share ("Johnson") is whichever of them holds office on the day
            List<Person> holders = sharedNames.computeIfAbsent(name, n -> new ArrayList<>());
            holders.add(p);
            names.add(name, holders.size() == 1 ? p::on : day -> Person.shared(holders, day));
        }
    }

    private static OfficeTerm term(String text) {
        String[] parts = text.split("\\s+");
        if (parts.length != 3 || !ENTITY.matcher(parts[0]).matches() || !ROLE.matcher(parts[1]).matches()) {
            return null;
        }
        String[] range = parts[2].split("\\.\\.", -1);
        if (range.length != 2) {
            return null;
        }
        try {
            LocalDate from = LocalDate.parse(range[0]);
            LocalDate to = range[1].isEmpty() ? null : LocalDate.parse(range[1]);
            return to != null && !to.isAfter(from) ? null : new OfficeTerm(parts[0], parts[1], from, to);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void fixed(String name, Actor actor) {
        kinds.put(actor, null);
        names.add(name, day -> actor);
    }

    private static List<String> list(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
