package org.dateline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.action.ActionFlag;
import org.dateline.action.ActionLexicon;
import org.dateline.action.ActionMatch;
import org.dateline.action.CameoCode;
import org.dateline.action.VerbForms;
import org.dateline.actor.Actor;
import org.dateline.actor.ActorMention;
import org.dateline.actor.BackReferences;
import org.dateline.actor.Gazetteer;
import org.dateline.actor.Mentions;
import org.dateline.article.Article;
import org.dateline.text.Ascii;
import org.dateline.text.Sentence;
import org.dateline.text.SentenceSplitter;
import org.dateline.text.TextRules;
import org.dateline.text.Token;
import org.dateline.text.Tokenizer;
import org.dateline.text.TokensWithIds;
import org.dateline.time.TemporalTagger;
import org.dateline.time.Timex;

/**
 * Reads the events of an article: sentence by sentence, the action phrases (ActionLexicon), the
 * actors (Gazetteer), who does what to whom (ClauseReader), how sure (ModalityCues) and when
 * (DateAttacher over the temporal expressions of the whole text; else the last dated sentence
 * of the paragraph; else the publication date). Only the main text is read, never the title.
 * Thread-safe once built.
 */
public final class EventExtractor {
    private final SentenceSplitter splitter;
    private final Gazetteer gazetteer;
    private final ActionLexicon lexicon;
    private final BackReferences backReferences = BackReferences.standard();
    private final ModalityCues cues;
    private final TemporalTagger tagger;
    private final ClauseReader reader;
    private final ContextCues contextCues = new ContextCues();
    private final CameoCode vote; // a parliament's vote (X02): what a legislature's approval of aid is

    /** An extractor with the bundled rules. */
    public EventExtractor() {
        this(new SentenceSplitter(), new Gazetteer(), new ActionLexicon(), new TemporalTagger());
    }

    /** An extractor from its parts. */
    public EventExtractor(SentenceSplitter splitter, Gazetteer gazetteer, ActionLexicon lexicon, TemporalTagger tagger) {
        this.splitter = splitter;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.vote = lexicon.catalogue().get("X02");
        this.cues = new ModalityCues();
        this.tagger = tagger;
        List<List<String>> groups = new ArrayList<>();
        for (org.dateline.text.RuleFile.Line l : org.dateline.text.RuleFile.resource(EventExtractor.class, "group-phrases.txt")) {
            groups.add(java.util.Arrays.stream(l.text().split("\\s+")).map(Token::normalize).toList());
        }
        this.reader = new ClauseReader(cues, groups);
    }

    /** Bad lines of every rule file the extractor reads, as "file:line: reason". */
    public List<String> problems() {
        List<String> out = new ArrayList<>(splitter.problems());
        out.addAll(gazetteer.problems());
        out.addAll(backReferences.problems());
        out.addAll(lexicon.problems());
        out.addAll(cues.problems());
        out.addAll(ObjectControl.PROBLEMS);
        return out;
    }

    /** The events of an article's main text. */
    public List<Event> extract(Article article) {
        LocalDate published = article.published() == null ? null : article.published().date();
        return extract(article.text(), published, tagger.tag(article.text(), published));
    }

    /** The events of a main text, with its temporal expressions already found. */
    public List<Event> extract(String text, LocalDate published, List<Timex> timexes) {
        TokensWithIds cut = Tokenizer.tokenizeWithIds(text); // ids looked up once: every rule set below indexes by them
        List<Token> tokens = cut.tokens();
        int[] ids = cut.ids();
        DateAttacher dates = new DateAttacher(text, timexes, published);
        Paragraph paragraph = new Paragraph();
        paragraph.named = backReferences.memory();
        // what an event with no date of its own gets
        DateAttacher.Dated publication = new DateAttacher.Dated(published == null ? null : published.toString(), null,
                DateSource.PUBLISHED, null);
        List<Event> events = new ArrayList<>();
        int previousEnd = 0;
        int t = 0;
        for (Sentence sentence : splitter.split(text)) {
            if (SentenceSplitter.paragraphBreakBetween(text, previousEnd, sentence.start())) {
                // who acted last carries over ("he" may open a paragraph); the date only on a cue
                paragraph.carried = paragraph.date == null ? paragraph.carried : paragraph.date;
                paragraph.date = null;
            }
            previousEnd = sentence.end();
            while (t < tokens.size() && tokens.get(t).start() < sentence.start()) {
                t++;
            }
            int from = t;
            while (t < tokens.size() && tokens.get(t).end() <= sentence.end()) {
                t++;
            }
            events.addAll(sentence(text, tokens, ids, from, t, sentence, published, publication, dates, paragraph));
        }
        return events;
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]+,[^.]{0,50}?\\s[-–—]\\s");

    // "KYIV, Nov 27 (EW) - Ukraine imposed...": where a wire dateline ends, or 0. Its date is the
    // day of writing, not of the events the sentence reports.
    private static int datelineEnd(Sentence sentence) {
        if (!mayOpenDateline(sentence.text())) {
            return 0; // "The", "Russia": the expression is not run for the many sentences it cannot match
        }
        java.util.regex.Matcher m = DATELINE.matcher(sentence.text());
        return m.lookingAt() ? m.end() : 0;
    }

    // What DATELINE needs at the start: an upper-case letter, then another or one of " .'-".
    // Two ASCII characters are told apart by hand; only other text asks the Unicode tables, whose
    // code the JIT would otherwise inline at a large cost into the method reading each sentence.
    private static boolean mayOpenDateline(String text) {
        if (text.length() < 2 || text.charAt(0) >= 128 || text.charAt(1) >= 128) {
            return mayOpenDatelineInAnyScript(text);
        }
        char first = text.charAt(0);
        char second = text.charAt(1);
        return first >= 'A' && first <= 'Z' && (second >= 'A' && second <= 'Z' || " .'-".indexOf(second) >= 0);
    }

    private static boolean mayOpenDatelineInAnyScript(String text) {
        if (text.isEmpty() || Character.getType(text.codePointAt(0)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        int second = Character.charCount(text.codePointAt(0));
        if (second >= text.length()) {
            return false;
        }
        int c = text.codePointAt(second);
        return Character.getType(c) == Character.UPPERCASE_LETTER || " .'-".indexOf(c) >= 0;
    }

    // "Ukraine and Russia accused each other": the object is the subjects themselves, each to each.
    private static boolean reciprocal(List<Token> tokens, ActionMatch act, int to) {
        int k = act.toToken();
        if (k + 1 >= to) {
            return false;
        }
        String a = tokens.get(k).norm();
        String b = tokens.get(k + 1).norm();
        return a.equals("each") && b.equals("other") || a.equals("one") && b.equals("another");
    }

    // "Kyiv recalls its envoy": a short line with no final stop is a crosshead, not a report.
    private static boolean crosshead(String sentence) {
        char last = sentence.charAt(beforeNoteMarks(sentence) - 1);
        return ".!?\"”’)'…".indexOf(last) < 0 && words(sentence, 12) < 12;
    }

    // Where a sentence's closing footnote marks ("visited Pyongyang in late July.[10]") begin, or its length.
    private static int beforeNoteMarks(String sentence) {
        int end = sentence.length();
        while (end > 2 && sentence.charAt(end - 1) == ']') {
            int k = end - 2;
            while (k > 0 && Character.isDigit(sentence.charAt(k))) {
                k--;
            }
            if (k == end - 2 || sentence.charAt(k) != '[' || k == 0) {
                break;
            }
            end = k;
        }
        return end;
    }

    // A sentence that opens with a label and a colon the boilerplate rules drop at a paragraph's
    // start ("Related:", "Read more:", "See also:"): a link's headline left inside a paragraph.
    // The rules are only asked when a short label ends in a colon (at 'colon' in the sentence, or -1).
    private static boolean linkLabelled(String sentence, int colon) {
        if (colon < 0 || colon > LABEL_CHARS || words(sentence.substring(0, colon), 4) > 3) {
            return false;
        }
        return TextRules.standard().isBoilerplate(sentence);
    }

    // How long a label before its colon may be: "Read more", "Related coverage".
    private static final int LABEL_CHARS = 24;

    // The words of a trimmed sentence split at white space (\s: ASCII only), counted up to at most.
    private static int words(String sentence, int atMost) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < sentence.length() && words < atMost; i++) {
            char c = sentence.charAt(i);
            boolean space = Ascii.isRegexSpace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** What the text has said so far: its paragraph's last date and who acted last, for pronouns. */
    private static final class Paragraph implements ClauseReader.Context {
        DateAttacher.Dated date;
        DateAttacher.Dated carried;
        Actor person;
        Actor personActedOn;
        Actor place;
        Actor other;
        Actor speaker; // of a transcript, from its "Name:" label on
        List<Actor> group = List.of();
        List<Actor> parties = List.of();
        BackReferences.Memory named; // what "the ministry" may refer back to

        @Override
        public List<Actor> group() {
            return group;
        }

        @Override
        public List<Actor> parties() {
            return parties;
        }

        @Override
        public Object person() {
            return person;
        }

        @Override
        public Object personActedOn() {
            return personActedOn;
        }

        @Override
        public Object place() {
            return place;
        }

        @Override
        public Object other() {
            return other;
        }

        @Override
        public Object speaker() {
            return speaker;
        }
    }

    /**
     * Dates the events of one sentence: each from the expression that governs its action, else from
     * the context (its paragraph's date, or on a cue such as "hours later" the last one of the text
     * so far), else from the publication date. Apart from the readings loop so that the loop stays
     * within the JIT's inlining budget.
     */
    private final class SentenceDating {
        private final String text;
        private final List<Token> tokens;
        private final Sentence sentence;
        private final int dateline;
        private final List<int[]> relatives;
        private final List<int[]> reportedSpans;
        private final LocalDate published;
        private final DateAttacher.Dated publication;
        private final DateAttacher dates;
        private final Paragraph paragraph;
        private final List<ClauseReader.Name> names;
        private final int[] actionStarts; // where each action of the sentence starts in the text
        private final int from; // the sentence's tokens [from, to)
        private final int to;
        private List<Timex> ownDates; // the sentence's dates after any wire dateline, when first needed
        private List<int[]> quoted;
        private DateAttacher.Dated context;
        private boolean cueLooked;
        private DateAttacher.Dated firstGoverning;

        SentenceDating(String text, List<Token> tokens, Sentence sentence, int dateline, List<int[]> relatives,
                       List<int[]> reportedSpans, LocalDate published, DateAttacher.Dated publication,
                       DateAttacher dates, Paragraph paragraph, List<ClauseReader.Name> names, int[] actionStarts,
                       int from, int to) {
            this.text = text;
            this.tokens = tokens;
            this.sentence = sentence;
            this.dateline = dateline;
            this.relatives = relatives;
            this.reportedSpans = reportedSpans;
            this.published = published;
            this.publication = publication;
            this.dates = dates;
            this.paragraph = paragraph;
            this.names = names;
            this.actionStarts = actionStarts;
            this.from = from;
            this.to = to;
            this.context = paragraph.date;
            this.cueLooked = context != null;
        }

        // The sentence's relative clauses with no comma, found when first needed.
        List<int[]> restrictives() {
            if (restrictives == null) {
                restrictives = RestrictiveRelatives.in(tokens, from, to);
            }
            return restrictives;
        }

        private List<int[]> restrictives;

        /** The first date an expression of the sentence gave one of its events, or null. */
        DateAttacher.Dated firstGoverning() {
            return firstGoverning;
        }

        // The paragraph's date, else, on a cue, the last one of the text so far; the cue is looked
        // for only when an event has no date of its own.
        private DateAttacher.Dated context() {
            if (!cueLooked) {
                cueLooked = true;
                context = contextCues.foundIn(sentence.text()) ? paragraph.carried : null;
            }
            return context;
        }

        // The expression that governs the action read in r, leaving out the excluded spans.
        private DateAttacher.Dated governing(ClauseReader.Reading r, int at, List<int[]> excluded, Modality modality) {
            return dates.governing(at, tokens.get(r.partFrom()).start(),
                    tokens.get(Math.max(r.partFrom(), r.partTo() - 1)).end(), tokens.get(r.clauseFrom()).start(),
                    tokens.get(Math.max(r.clauseFrom(), r.clauseTo() - 1)).end(), sentence.start(), sentence.end(), excluded,
                    modality == Modality.PLANNED);
        }

        // In a sentence a date opens ("On Monday, the G7 leaders suspended ... and scrapped plans
        // to attend the summit Russia was to host in June"), a later date with another action
        // between it and this one is that action's: the opening date is this one's.
        private List<int[]> beyondAnotherAction(int at) {
            int opens = sentence.start() + dateline; // (a wire dateline's date is the writing's)
            if (ownDates == null) {
                ownDates = dates.within(opens, sentence.end()); // found once for all the sentence's events
            }
            List<Timex> own = ownDates;
            if (own.size() < 2 || own.get(0).start() - opens > OPENING_DATE_CHARS || own.get(0).end() > at) {
                return List.of();
            }
            List<int[]> out = new ArrayList<>();
            for (Timex t : own) {
                if (t.start() > at && anyBetween(actionStarts, at, t.start())) {
                    out.add(new int[] {t.start(), t.end()});
                }
            }
            return out;
        }

        // The spans that do not hold the offset: a verb inside a "since" phrase ("since Russia
        // annexed Crimea in March") is dated by it.
        private static List<int[]> outside(List<int[]> spans, int at) {
            List<int[]> out = new ArrayList<>(spans.size());
            for (int[] span : spans) {
                if (at < span[0] || at >= span[1]) {
                    out.add(span);
                }
            }
            return out;
        }

        // The dating expression is written before the offset (found by its text in the sentence).
        private boolean startsBefore(DateAttacher.Dated dated, int offset) {
            int at = sentence.text().indexOf(dated.text());
            return at >= 0 && sentence.start() + at < offset;
        }

        /** The date of the action read in r, of that modality. */
        DateAttacher.Dated of(ClauseReader.Reading r, Modality modality) {
            ActionMatch act = r.action();
            int at = tokens.get(act.head()).start();
            List<int[]> excluded = new ArrayList<>();
            if (dateline > 0) {
                excluded.add(new int[] {sentence.start(), sentence.start() + dateline}); // "KYIV, Nov 27 (EW) -"
            }
            List<int[]> occasions = new ArrayList<>(); // asides on the occasion, tried when nothing else dates it
            for (int[] rel : relatives) {
                // "Macron, speaking in Paris on Monday, urged Putin": the aside says when he spoke
                int w = rel[0] + 1;
                while (w + 1 < rel[1] && ASIDE_OPENERS.contains(tokens.get(w).norm())) {
                    w++; // ", who was visiting Kyiv on Friday,"
                }
                boolean occasion = w < rel[1] && OCCASIONS.contains(tokens.get(w).norm());
                if (act.head() < rel[0] || act.head() >= rel[1]) {
                    excluded.add(new int[] {tokens.get(rel[0]).start(), tokens.get(rel[1] - 1).end()});
                    if (occasion) {
                        occasions.add(excluded.get(excluded.size() - 1));
                    }
                }
            }
            // What is said, warned of or denied dates what it tells of, not the saying, nor any other
            // action of the sentence ("announced aid ... and said it would impose sanctions later this
            // week"); the action's own reported clause is among these, after its verb.
            for (int[] span : reportedSpans) {
                if (at < span[0] || at >= span[1]) {
                    excluded.add(span);
                }
            }
            for (int[] rel : restrictives()) {
                if (act.head() < rel[0] || act.head() >= rel[1]) {
                    excluded.add(new int[] {tokens.get(rel[0]).start(), tokens.get(rel[1] - 1).end()}); // "the ceasefire that was to hold since Sunday"
                }
            }
            if (quoted == null) {
                quoted = QuotedSpans.in(text, sentence.start(), sentence.end()); // found when first needed
            }
            if (!QuotedSpans.inside(quoted, at)) {
                excluded.addAll(quoted); // '"One year later, Kyiv stands," Biden said': the quote's time, not the saying's
            }
            excluded.addAll(beyondAnotherAction(at));
            if (presentTense(act, tokens)) {
                // "The EU welcomes the ceasefire in force since 27 July": said now, whatever has gone on since
                excluded.addAll(outside(dates.sinceSpans(sentence.start(), sentence.end()), at));
            } else if (simplePast(act, tokens)) {
                // "thanked Poland for standing by Ukraine since 2014": done once, not since then ("since
                // February, when it recalled its envoy" dates the recall)
                excluded.addAll(outside(dates.sinceSpans(tokens.get(act.head()).end(), sentence.end()), at));
            }
            DateAttacher.Dated dated = null;
            int[] told = QuotedSpans.holding(reportedSpans, at);
            if (told != null && past(tokens.get(act.head()))) {
                // "said Monday that rebels had fired on the airport on Sunday": a deed told of is
                // dated from within what is told first; the saying's date only when it names none
                // (not a readiness or a plan: "said on Friday it was ready to talk on Saturday")
                List<int[]> saying = new ArrayList<>(excluded);
                saying.add(new int[] {sentence.start(), told[0]});
                dated = governing(r, at, saying, modality);
            }
            if (dated == null) {
                dated = governing(r, at, excluded, modality);
            }
            if (dated == null && !occasions.isEmpty()) {
                excluded.removeAll(occasions); // "Putin, who spoke to reporters on Wednesday, said"
                dated = governing(r, at, excluded, modality);
            }
            if (dated != null && firstGoverning == null) {
                firstGoverning = dated;
            }
            DateAttacher.Dated around = dated == null ? context() : null;
            if (dated == null && around != null && !(published != null && Dates.startsAfter(around.date(), published))
                    && !presentSimple(act, tokens, names)) {
                dated = new DateAttacher.Dated(around.date(), around.end(), DateSource.CONTEXT, around.text());
            }
            if (dated == null) {
                dated = publication;
            }
            if (modality == Modality.ASSERTED && published != null && dated.source() == DateSource.RELATIVE
                    && past(tokens.get(act.head())) && (dated.date().length() == 10 || dated.date().length() == 7)
                    && dated.end() == null
                    && Dates.startsAfter(dated.date(), published) && !YEAR.matcher(dated.text()).find()
                    && MONTH.matcher(dated.text()).find()) {
                // "Russia invaded Ukraine on Feb. 24", written in January, "signed a deal in January",
                // written in November: a day or month gone by, last year's (the tagger keeps the
                // nearest: "payable Dec. 15", written in November, is to come)
                dated = new DateAttacher.Dated(Dates.shiftYears(dated.date(), -1), null, dated.source(), dated.text());
            }
            if (modality == Modality.ASSERTED && published != null && past(tokens.get(act.head()))
                    && (dated.source() == DateSource.EXPLICIT || dated.source() == DateSource.RELATIVE)
                    && dated.date().length() == 4 && Dates.startsAfter(dated.date(), published)) {
                // "vetoed a package of support over the next four years": a deed done is not dated by
                // the years it is for; its context's date, else the publication's (a day after the
                // publication is more likely a reference gone astray: it stays)
                DateAttacher.Dated before = context();
                dated = before != null && !Dates.startsAfter(before.date(), published)
                        ? new DateAttacher.Dated(before.date(), before.end(), DateSource.CONTEXT, before.text())
                        : publication;
            }
            if (modality == Modality.PLANNED && published != null && dated.source() == DateSource.RELATIVE
                    && dated.date().length() == 7 && !YEAR.matcher(dated.text()).find()
                    && Dates.endsBefore(dated.end() != null ? dated.end() : dated.date(), published)
                    && !(told != null && startsBefore(dated, told[0]))) {
                // ("In February, Helsinki announced that it would send": the saying's month, gone by)
                // "Putin will visit Beijing in the spring", written in November: next year's spring (a
                // day is not moved: "On Friday Washington announced that it will supply" dates the saying)
                dated = new DateAttacher.Dated(Dates.shiftYears(dated.date(), 1),
                        dated.end() == null ? null : Dates.shiftYears(dated.end(), 1), dated.source(), dated.text());
            }
            return dated;
        }
    }

    private static int[] starts(List<Token> tokens, List<ActionMatch> actions) {
        int[] out = new int[actions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.get(actions.get(i).fromToken()).start();
        }
        return out;
    }

    // Whether one of the offsets lies strictly between the two.
    private static boolean anyBetween(int[] offsets, int after, int before) {
        for (int o : offsets) {
            if (o > after && o < before) {
                return true;
            }
        }
        return false;
    }

    /** A date starting this close to its sentence's start opens it ("Late on Monday, ..."). */
    static final int OPENING_DATE_CHARS = 12;

    /** Longer "sentences" are lists, tables or run-on text, not prose that reports events. */
    static final int MAX_SENTENCE_TOKENS = 300;

    private List<Event> sentence(String text, List<Token> tokens, int[] ids, int from, int to, Sentence sentence,
                                 LocalDate published, DateAttacher.Dated publication, DateAttacher dates,
                                 Paragraph paragraph) {
        int colon = labelColon(text, sentence); // a label's, read by the speaker and link checks below
        if (to - from > MAX_SENTENCE_TOKENS || crosshead(sentence.text())) {
            if (to - from <= MAX_SENTENCE_TOKENS && colon >= 0) { // (its names only then)
                Actor speaker = speakerLabel(text, colon, gazetteer.mentions(text, tokens, ids, from, to).on(published));
                paragraph.speaker = speaker != null ? speaker : paragraph.speaker;
            }
            return List.of(); // also bounds the time a sentence takes: its reading is quadratic
        }
        if (linkLabelled(sentence.text(), colon < 0 ? -1 : colon - sentence.start())) {
            return List.of(); // "... section. Related: Lithuania demands that Russia release ...": a link's headline
        }
        int dateline = datelineEnd(sentence);
        while (dateline > 0 && from < to && tokens.get(from).start() < sentence.start() + dateline) {
            from++; // "HRABOVE, Ukraine, July 18 (EW) -": a wire dateline names no actor of the story
        }
        List<ActionMatch> actions = lexicon.match(text, tokens, ids, from, to);
        Mentions named = gazetteer.mentions(text, tokens, ids, from, to); // searched once, dated per event below
        List<ActorMention> namedNow = named.on(published); // as of the publication: what a pronoun later stands for
        paragraph.named.saw(namedNow);
        paragraph.named.sawTitled(text, namedNow);
        Mentions found = paragraph.named.resolve(text, tokens, ids, from, to, named); // "the ministry": the one named
        List<ActorMention> mentions = namedNow;
        if (found != named) {
            mentions = found.on(published);
            paragraph.named.saw(mentions); // "In Moscow, the foreign ministry warned ... The ministry also demanded"
        }
        Actor speaker = speakerLabel(text, colon, mentions);
        if (speaker != null) {
            paragraph.speaker = speaker; // "President of Russia Vladimir Putin: Mr Burkhalter, ..."
        }
        List<ClauseReader.Name> names = actions.isEmpty() ? List.of() : names(tokens, from, to, mentions);
        ClauseReader.SentenceReading read = reader.read(tokens, ids, from, to, names, actions, paragraph);
        return events(text, tokens, to, sentence, published, publication, dates, paragraph,
                new StagesRead(dateline, from, ids, actions, found, mentions, names, read));
    }

    /** What the stages read in a sentence (its tokens from {@code from}, after any wire dateline). */
    private record StagesRead(int dateline, int from, int[] ids, List<ActionMatch> actions, Mentions found,
                              List<ActorMention> mentions, List<ClauseReader.Name> names,
                              ClauseReader.SentenceReading read) {
    }

    // The events of a sentence from what the stages read in it. A method apart from sentence(),
    // which calls the stages: the JIT inlines callees into one compiled method only up to a budget
    // of bytecodes (DesiredMethodLimit), and the two as one spent it before the readings loop.
    private List<Event> events(String text, List<Token> tokens, int to, Sentence sentence, LocalDate published,
                               DateAttacher.Dated publication, DateAttacher dates, Paragraph paragraph,
                               StagesRead stages) {
        int dateline = stages.dateline();
        int from = stages.from();
        List<ActionMatch> actions = stages.actions();
        Mentions found = stages.found();
        List<ActorMention> mentions = stages.mentions();
        List<ClauseReader.Name> names = stages.names();
        ClauseReader.SentenceReading read = stages.read();
        List<ClauseReader.Reading> readings = read.readings();
        List<int[]> relatives = read.relatives();
        // the names' actors on the date of the event read last (office-holders change): a sentence's
        // events mostly share one date, so they are looked up again only when it changes
        LocalDate resolvedOn = null;
        List<ActorMention> resolved = null;
        List<Event> out = new ArrayList<>();
        Actor mainPerson = null; // the last person acting outside a relative clause: who "he" is next
        // A statement is coded only when what is said holds no other action and is said plainly:
        // "Lavrov said Russia would recognise..." is the recognition (hypothetical), and "A move
        // into Ukraine, one EU diplomat said, would trigger..." is no 010; "Kyiv said the vehicles
        // had not been handed over" and "Lavrov said that if Western partners believed..., so be
        // it" are.
        boolean parenthetical = false;
        for (ActionMatch m : actions) {
            parenthetical |= m.has(ActionFlag.SPEECH) && m.toToken() < to && tokens.get(m.toToken()).norm().equals(",");
        }
        // (only statements ask: the cues are not looked for in the many sentences with none)
        boolean otherAction = anySpeech(readings)
                && Statements.heldBack(readings, tokens, names, read.relatives(), read.cues(), parenthetical, from, to);
        List<int[]> reportedSpans = new ArrayList<>(); // what each statement of the sentence tells of
        for (ClauseReader.Reading r : readings) {
            if (r.action().has(ActionFlag.SPEECH) || r.action().has(ActionFlag.GOVERNS)) {
                int k = reportedClauseStart(tokens, r.action().toToken(), r.clauseTo());
                if (k >= 0) {
                    reportedSpans.add(new int[] {tokens.get(k).start(), tokens.get(r.clauseTo() - 1).end()});
                }
            }
        }
        SentenceDating dating = new SentenceDating(text, tokens, sentence, dateline, relatives, reportedSpans,
                published, publication, dates, paragraph, names, starts(tokens, actions), from, to);
        for (ClauseReader.Reading r : readings) {
            ActionMatch act = r.action();
            if (act.has(ActionFlag.SPEECH) && (otherAction || r.sources().isEmpty() || !spokenInThePast(tokens, act.head(), from)
                    || Statements.anonymous(tokens, from, r.sources().get(0), names)
                    || Statements.unnamedAttribution(tokens, from, act, r.sources().get(0), names))) {
                if (otherAction && !r.sources().isEmpty() && r.sources().get(0).name() >= 0) {
                    // "Zelensky said Russia was trying to destroy the country": no statement, but
                    // he spoke, and "He" in the next sentence is him
                    Actor speaker = mentions.get(r.sources().get(0).name()).actor();
                    rememberPerson(paragraph, speaker);
                    mainPerson = QuotedSpans.inside(relatives, act.head()) || !gazetteer.isPerson(speaker) ? mainPerson : speaker;
                }
                continue; // "officials say", "the Kremlin insists": a standing position, not a statement made
            }
            if (r.sources().isEmpty()) {
                continue; // no one acts: "Mariupol was shelled" names no agent to put on a timeline
            }
            if (act.has(ActionFlag.STATE) && presentSimple(act, tokens, names) || habitual(act, tokens, names)) {
                continue; // "the regions that Russia occupies", "from which its jets attack": how things stand
            }
            Modality modality = act.has(ActionFlag.MUTUAL) && jointly(r.sources(), mentions)
                    ? ModalityCues.stronger(r.modality(), r.together()) : r.modality();
            DateAttacher.Dated dated = dating.of(r, modality);
            LocalDate when = Dates.representative(dated.date(), published);
            if (modality == Modality.ASSERTED && published != null
                    && (dated.source() == DateSource.EXPLICIT || dated.source() == DateSource.RELATIVE)
                    && Dates.startsAfter(dated.date(), published) && !past(tokens.get(act.head()))) {
                modality = Modality.PLANNED;
            }
            if (resolved == null || !Objects.equals(when, resolvedOn)) {
                resolved = found.on(when);
                resolvedOn = when;
            }
            List<Actor> sources = actors(withoutNamesOfThings(r.sources(), names, tokens, to), resolved);
            List<Actor> targets = actors(withoutNamesOfThings(r.targets(), names, tokens, to), resolved);
            if (sources.isEmpty()) {
                continue; // "the Paris communique asked": a text, not one who acts
            }
            if (metOthers(act, tokens, to)) {
                continue; // "is to meet students of Stanford University": no side of the conflict met
            }
            // "Biden spoke with Zelensky ... the two leaders together urged": the partners of a
            // mutual action are a group as much as coordinated subjects are
            List<Actor> together = act.has(ActionFlag.MUTUAL) && sources.size() == 1 && !targets.isEmpty()
                    ? concat(sources, targets) : sources;
            paragraph.group = severalEntities(together) ? together : List.of();
            paragraph.parties = paragraph.group.isEmpty() ? paragraph.parties : paragraph.group;
            List<Actor[]> pairs = pairs(sources, targets, act.has(ActionFlag.MUTUAL) || reciprocal(tokens, act, to),
                    act.code().isAgreement(), act.has(ActionFlag.CALLER));
            if (act.code().isAgreement() && sources.size() == 1 && !targets.isEmpty()) {
                // "Putin signed treaties with the two republics": an agreement is signed by both sides
                targets.stream().filter(t -> !t.entity().equals(sources.get(0).entity()))
                        .forEach(t -> pairs.add(new Actor[] {t, sources.get(0)}));
            }
            boolean verbalConflict = act.code().quadClass() == 3;
            boolean aid = act.code().code().startsWith("07");
            // "The House approved $61bn in aid": a legislature votes the money, it sends nothing
            CameoCode code = aid && legislatureVoting(sources, tokens.get(act.head())) ? vote : act.code();
            for (Actor[] pair : pairs) {
                Actor source = pair[0];
                Actor target = pair[1];
                if (source != null && (source.equals(target) || verbalConflict && sameSide(source, target)
                        || aid && target != null && source.entity().equals(target.entity()))) {
                    // "Putin warned that Russia would use all the means": no threat to itself; "a
                    // package of arms drawn from US stocks": no aid to itself
                    target = null;
                }
                if (act.has(ActionFlag.ABROAD) && source != null && target != null
                        && source.entity().equals(target.entity())) {
                    continue; // "Zelensky visited Kherson": a trip at home, not a visit between two sides
                }
                out.add(new Event(dated.date(), dated.end(), dated.source(), dated.text(), code, act.text(),
                        source, target, modality, new Evidence(sentence.text(), sentence.start(), sentence.end())));
                remember(paragraph, source);
                mainPerson = source == null || QuotedSpans.inside(relatives, act.head()) || !gazetteer.isPerson(source)
                        ? mainPerson : source;
                if (target != null && gazetteer.isPerson(target)) {
                    paragraph.personActedOn = target;
                }
            }
        }
        out = distinct(out);
        if (out.isEmpty()) {
            rememberMentions(paragraph, mentions);
        }
        rememberPlace(paragraph, mentions);
        DateAttacher.Dated sentenceDate = dating.firstGoverning();
        if (sentenceDate == null) {
            // No event dated the sentence: a date opening it ("On Wednesday, the upper house
            // cancelled the authorisation it had given him in March") governs all of it, else
            // its last date does.
            List<Timex> within = dates.within(sentence.start(), sentence.end());
            if (relatives.isEmpty() && within.size() > 1) {
                // (a sentence with no action has had no structure read: "Kishida went to Bucha on
                // Tuesday, where bodies were found last spring")
                relatives = new ClauseSubjects(tokens, stages.ids(), stages.from(), to, List.of(), List.of()).relatives;
            }
            List<Timex> own2 = outsideRelatives(within, relatives, tokens);
            own2 = outside(own2, dating.restrictives(), tokens); // "the ceasefire that was to hold since Sunday"
            if (!own2.isEmpty()) {
                Timex first = own2.get(0);
                // ("The week's first round, ... on Monday, lasted": a possessive opens no adverbial)
                boolean opening = first.start() - sentence.start() <= OPENING_DATE_CHARS
                        && !text.startsWith("'s", first.end()) && !text.startsWith("’s", first.end());
                sentenceDate = dates.dated(opening ? first : own2.get(own2.size() - 1));
            }
        }
        if (sentenceDate != null) {
            paragraph.date = sentenceDate;
        }
        if (mainPerson != null) {
            // "Zelensky visited an air base, where Rutte said ... He then flew on": he is Zelensky
            paragraph.person = mainPerson;
        }
        return out;
    }

    // The dates not inside a relative clause or participle aside ("laid down their weapons during
    // the day, bringing the number who had given themselves up since Monday to 2,439": Monday
    // dates the count, not the paragraph); all of them when every one is.
    private static List<Timex> outsideRelatives(List<Timex> own, List<int[]> relatives, List<Token> tokens) {
        if (own.size() < 2 || relatives.isEmpty()) {
            return own;
        }
        List<Timex> out = outside(own, relatives, tokens);
        return out.isEmpty() ? own : out;
    }

    // The dates not inside any of the token spans.
    private static List<Timex> outside(List<Timex> own, List<int[]> spans, List<Token> tokens) {
        if (spans.isEmpty()) {
            return own;
        }
        List<Timex> out = new ArrayList<>();
        for (Timex t : own) {
            boolean inside = false;
            for (int[] span : spans) {
                inside |= t.start() >= tokens.get(span[0]).start() && t.end() <= tokens.get(span[1] - 1).end();
            }
            if (!inside) {
                out.add(t);
            }
        }
        return out;
    }

    // Two or more parties act on each other: "Russia and Ukraine agreed to exchange prisoners" (a
    // plan), not "Yanukovych and his ministers", nor allies deciding on sanctions (a decision).
    // ("Negotiators for Kyiv and the separatists agreed to observe a ceasefire": two parties of one state)
    private static boolean jointly(List<ClauseReader.Ref> sources, List<ActorMention> mentions) {
        Actor first = null;
        for (ClauseReader.Ref r : sources) {
            Actor actor = r.name() >= 0 ? mentions.get(r.name()).actor() : (Actor) r.resolved();
            if (first == null) {
                first = actor;
            } else if (!sameParty(first, actor)) {
                return true;
            }
        }
        return false;
    }

    // Whether the actors belong to two or more entities (a loop: asked for every reading).
    private static boolean severalEntities(List<Actor> actors) {
        for (int k = 1; k < actors.size(); k++) {
            if (!actors.get(k).entity().equals(actors.get(0).entity())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anySpeech(List<ClauseReader.Reading> readings) {
        for (ClauseReader.Reading r : readings) {
            if (r.action().has(ActionFlag.SPEECH)) {
                return true;
            }
        }
        return false;
    }

    // The mentions as the clause reader sees them: token ranges, places and persons.
    private List<ClauseReader.Name> names(List<Token> tokens, int from, int to, List<ActorMention> mentions) {
        List<ClauseReader.Name> names = new ArrayList<>();
        for (ActorMention m : mentions) {
            int f = indexAt(tokens, from, to, m.start());
            int e = indexAt(tokens, from, to, m.end() - 1) + 1;
            names.add(new ClauseReader.Name(f, e, gazetteer.isPlace(m), gazetteer.isPerson(m.actor())));
        }
        return names;
    }

    /**
     * Where the clause a speech verb reports plainly begins, in tokens [from, to): at "that" or
     * at its first auxiliary ("said the strikes were retaliation for Saturday's blast"); -1 when
     * neither shows. What comes before it ("said on Monday", "told reporters after the talks on
     * Tuesday") may date the saying.
     */
    private static int reportedClauseStart(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).norm();
            if (REPORTED_CLAUSE_MARKS.contains(word)) {
                return k;
            }
            if ((word.equals("of") || word.equals("for")) && k + 1 < to && tokens.get(k + 1).norm().endsWith("ing")) {
                return k; // "accuse the separatists of shooting down the plane on July 17, 2014"
            }
        }
        return -1;
    }

    private static final Set<String> ASIDE_OPENERS = Set.of("who", "was", "were", "is", "are");

    // An aside on the occasion of what its sentence tells ("Putin, who spoke to reporters first on
    // Wednesday, said"; "NATO leaders, meeting in Brussels on Monday, called on"; "Zelensky, who was
    // in Helsinki on Wednesday, denied"): its date is the deed's.
    private static final Set<String> OCCASIONS = Set.of("speaking", "talking", "addressing", "writing", "answering",
            "responding", "visiting", "spoke", "talked", "addressed", "wrote", "answered", "responded", "visited",
            "meeting", "met", "gathering", "gathered", "held", "holding", "in", "at");

    private static final Set<String> REPORTED_CLAUSE_MARKS = Set.of("that", "was", "were", "is", "are", "had", "has",
            "have", "would", "will", "could", "can", "did", "does", "do");

    // One event per root, source, target, date and modality in a sentence; one with no target
    // gives way to the same one with a target ("spoke to Putin by telephone"), unless it is the
    // more specific: then it takes that target ("Russian shelling killed five civilians in
    // Kharkiv" is shelling, 194, of Ukraine, not a killing, 190).
    private static List<Event> distinct(List<Event> events) {
        if (events.size() < 2) {
            return events; // nothing to compare: most sentences
        }
        Set<Key> seen = new HashSet<>();
        Map<Key, Event> targeted = new HashMap<>();
        for (Event e : events) {
            if (e.target() != null) {
                targeted.putIfAbsent(key(e), e);
            }
        }
        List<Event> specific = new ArrayList<>(events.size());
        Set<Event> generalised = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Event e : events) {
            Event general = e.target() == null ? targeted.get(key(e)) : null;
            if (general != null && general.action().code().equals(general.action().root() + "0")
                    && !e.action().code().equals(general.action().code()) && saidBefore(e, general)) {
                generalised.add(general);
                e = new Event(e.date(), e.end(), e.dateSource(), e.dateText(), e.action(), e.trigger(), e.source(),
                        general.target(), e.modality(), e.evidence());
            }
            specific.add(e);
        }
        List<Event> out = new ArrayList<>();
        for (Event e : specific) {
            if (generalised.contains(e)) {
                continue;
            }
            Key key = key(e);
            if (seen.add(key.to(entity(e.target()))) && (e.target() != null || !targeted.containsKey(key))) {
                out.add(e);
            }
        }
        return out;
    }

    // The first event's words come before the second's in their sentence: a subject before its verb.
    private static boolean saidBefore(Event first, Event second) {
        String sentence = first.evidence().text();
        int at = sentence.indexOf(first.trigger());
        return at >= 0 && at < sentence.indexOf(second.trigger());
    }

    private record Key(String root, String source, String date, Modality modality, String target) {
        Key to(String entity) {
            return new Key(root, source, date, modality, entity);
        }
    }

    // What makes two events of a sentence the same, the target left out. Measures that reduce
    // relations (16) and coercive ones (17) are told apart by their full code: "imposed sanctions
    // and expelled ten diplomats" are two, as "seized two gunboats and detained 24 sailors" are;
    // "flew to Ankara and met Erdogan there" is one visit.
    private static Key key(Event e) {
        String root = e.action().root();
        String kind = root.equals("16") || root.equals("17") ? e.action().code() : root;
        return new Key(kind, entity(e.source()), e.date(), e.modality(), null);
    }

    // With no event, the names a sentence opens with are what its pronouns will refer to next.
    private void rememberMentions(Paragraph paragraph, List<ActorMention> mentions) {
        boolean person = false;
        boolean other = false;
        for (ActorMention m : mentions) {
            if (!gazetteer.isPlace(m) && !gazetteer.isPerson(m.actor())) {
                paragraph.group = List.of(); // "EU leaders also turned to the war. They gave Russia..."
            }
        }
        for (ActorMention m : mentions) {
            if (gazetteer.isPlace(m)) {
                continue;
            }
            if (gazetteer.isPerson(m.actor()) && !person) {
                paragraph.person = m.actor();
                person = true;
            } else if (!gazetteer.isPerson(m.actor()) && !other) {
                paragraph.other = m.actor();
                other = true;
            }
        }
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    // A month named: only such a date, after publication with a past verb, is last year's
    // ("signed a deal in January"), never a counted one ("Two days later, Kyiv accused")
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b");

    // "Moscow denies any involvement": a stand taken now, dated by the publication, never by the
    // date of the sentence before. Only a verb right after its subject's name or pronoun is taken
    // for one: "signed pardons", "hold talks" are nouns.
    private static boolean presentSimple(ActionMatch act, List<Token> tokens, List<ClauseReader.Name> names) {
        int head = act.head();
        String verb = tokens.get(head).norm();
        if (act.has(ActionFlag.NOUN) || head != act.fromToken() || verb.length() <= 3 || head == 0) {
            return false;
        }
        boolean singular = verb.endsWith("s") && !verb.endsWith("ss");
        // a bare form after a plural name ("MEPs condemn", "EU leaders call on"), never a past one
        boolean plural = !singular && !verb.endsWith("ed") && !past(tokens.get(head));
        if (!singular && !plural) {
            return false;
        }
        int subjectEnd = head;
        while (subjectEnd - 1 > 0 && PRESENT_ADVERBS.contains(tokens.get(subjectEnd - 1).norm())) {
            subjectEnd--; // "The United States again urges Russia"
        }
        if (singular && SINGULAR_PRONOUNS.contains(tokens.get(subjectEnd - 1).norm())) {
            return true;
        }
        for (ClauseReader.Name n : names) {
            if (n.to() == subjectEnd && (singular || tokens.get(subjectEnd - 1).norm().endsWith("s"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PRESENT_ADVERBS = Set.of("again", "also", "still", "now", "further",
            "strongly", "firmly", "once", "repeatedly", "resolutely", "unequivocally");

    private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she", "it");

    // "met students", "meets families of the missing": a meeting whose object, a bare plural
    // right after the verb, names no actor. (Not "met in Geneva", "met his counterpart", "the
    // leaders met": where, with whom by a pronoun or article, or no object at all.)
    private static boolean metOthers(ActionMatch act, List<Token> tokens, int to) {
        int head = act.head();
        if (!MEET.contains(tokens.get(head).norm()) || act.toToken() != head + 1 || head + 1 >= to) {
            return false;
        }
        Token next = tokens.get(head + 1);
        String n = next.norm();
        return next.isWord() && Character.isLowerCase(next.text().charAt(0)) && n.length() > 3 && n.endsWith("s")
                && !n.endsWith("ss") && !NOT_MET.contains(n);
    }

    private static final Set<String> MEET = Set.of("meet", "meets", "met", "meeting");
    // words in -s after "met" that are no one met: "met thrice", "met afterwards"
    private static final Set<String> NOT_MET = Set.of("thrice", "afterwards", "towards", "always", "sometimes",
            "perhaps", "nevertheless");

    // A transcript's speaker label opening the sentence: a person named within its first few
    // words, right before a colon ("President of Russia Vladimir Putin:", "Didier Burkhalter
    // (retranslated):"). Null when the sentence opens with none.
    private Actor speakerLabel(String text, int colon, List<ActorMention> mentions) {
        if (colon < 0) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.end() <= colon && gazetteer.isPerson(m.actor()) && labelEnd(text, m.end(), colon)) {
                return m.actor();
            }
        }
        return null;
    }

    // The first colon within the sentence's first SPEAKER_LABEL_CHARS characters, or -1 (only
    // those are read: a search of the whole text for every sentence would grow with its square).
    private static int labelColon(String text, Sentence sentence) {
        int end = Math.min(sentence.end(), sentence.start() + SPEAKER_LABEL_CHARS + 1);
        for (int i = sentence.start(); i < end; i++) {
            if (text.charAt(i) == ':') {
                return i;
            }
        }
        return -1;
    }

    // Whether only a parenthesis ("(retranslated)") or nothing stands between a name and the colon.
    private static boolean labelEnd(String text, int nameEnd, int colon) {
        String between = text.substring(nameEnd, colon).strip();
        return between.isEmpty() || between.startsWith("(") && between.endsWith(")");
    }

    /** A speaker label is at most this long, up to its colon. */
    static final int SPEAKER_LABEL_CHARS = 100;

    // "the airfields from which Russian jets attack its cities": a verb in its bare present form
    // after its own subject, in a relative clause: what is done again and again, no event.
    private static boolean habitual(ActionMatch act, List<Token> tokens, List<ClauseReader.Name> names) {
        int head = act.head();
        String verb = tokens.get(head).norm();
        if (act.has(ActionFlag.NOUN) || head != act.fromToken() || past(tokens.get(head)) || verb.endsWith("s")
                || verb.endsWith("ing") || verb.endsWith("ed")) {
            return false;
        }
        for (ClauseReader.Name n : names) {
            if (n.to() == head && n.from() > 0 && RELATIVE_WORDS.contains(tokens.get(n.from() - 1).norm())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_WORDS = Set.of("which", "where", "whom");

    // A verb of the lexicon in the third person present: "welcomes", "condemns" (not "has", "says").
    private static boolean presentTense(ActionMatch act, List<Token> tokens) {
        String verb = tokens.get(act.head()).norm();
        return !act.has(ActionFlag.NOUN) && verb.length() > 4 && verb.endsWith("s") && !verb.endsWith("ss");
    }

    // A verb in the simple past ("thanked"), not the perfect ("has shelled") nor a participle.
    private static boolean simplePast(ActionMatch act, List<Token> tokens) {
        int head = act.head();
        if (act.has(ActionFlag.NOUN) || head != act.fromToken() || !past(tokens.get(head)) || head == 0) {
            return false;
        }
        String before = tokens.get(head - 1).norm();
        return !(before.equals("has") || before.equals("have") || before.equals("had") || before.equals("been")
                || before.equals("was") || before.equals("were") || before.equals("be"));
    }

    // "said", or "used his news conference to say": an infinitive after a past verb of its clause
    // (whether it was wanted, refused or expected only is the modality cues' to say)
    private static boolean spokenInThePast(List<Token> tokens, int head, int from) {
        if (past(tokens.get(head))) {
            return true;
        }
        if (head - 1 <= from || !tokens.get(head - 1).norm().equals("to")) {
            return false;
        }
        for (int k = head - 2; k >= from && k >= head - 8 && tokens.get(k).isWord(); k--) {
            if (past(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean past(Token verb) {
        return VERB_FORMS.past(verb.norm());
    }

    // the past forms of the irregular verbs the lexicon names ("said", "wrote")
    private static final VerbForms VERB_FORMS = VerbForms.standard();

    // The last place the sentence names, for "the city" in a later one.
    private void rememberPlace(Paragraph paragraph, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (gazetteer.isPlace(m)) {
                paragraph.place = m.actor();
            }
        }
    }

    private void rememberPerson(Paragraph paragraph, Actor speaker) {
        if (gazetteer.isPerson(speaker)) {
            paragraph.person = speaker;
        }
    }

    private void remember(Paragraph paragraph, Actor source) {
        if (source == null) {
            return;
        }
        if (gazetteer.isPerson(source)) {
            paragraph.person = source;
        } else {
            paragraph.other = source;
        }
    }

    // The same entity in the same role, a state counting as its government: "Putin" (RUS GOV) and
    // "Russia" (RUS), not Kyiv and the separatists (UKR REB).
    private static boolean sameSide(Actor a, Actor b) {
        return b != null && a.entity().equals(b.entity()) && governing(a.role()).equals(governing(b.role()));
    }

    // Of the same party to a mutual action: the same entity, rebels told apart from the rest of
    // it. Looser than sameSide, which tells every role apart: "Putin and his defence minister
    // met" are one party, but "Kyiv and the separatists exchanged prisoners" are two.
    private static boolean sameParty(Actor a, Actor b) {
        return a.entity().equals(b.entity()) && REBELS.equals(a.role()) == REBELS.equals(b.role());
    }

    private static final String REBELS = "REB";

    private static String governing(String role) {
        return role == null || role.isEmpty() ? "GOV" : role;
    }

    private static String entity(Actor a) {
        return a == null ? "" : a.entity();
    }

    // Each source with each target; coordinated subjects of a mutual action act on each other.
    // Parties are told apart by entity, and a state's rebels from its government: "Kyiv and the
    // separatists exchanged prisoners" is an exchange between two parties of Ukraine.
    // With agreement true (057), two or more parties signing are each other's counterparts, whoever
    // else the clause names: "Russia and Ukraine signed separate agreements with Turkey and the UN".
    private static List<Actor[]> pairs(List<Actor> sources, List<Actor> targets, boolean mutual, boolean agreement,
                                       boolean caller) {
        List<Actor[]> out = new ArrayList<>();
        if (sources.isEmpty()) {
            targets.forEach(t -> out.add(new Actor[] {null, t}));
            return out;
        }
        boolean together = mutual && (targets.isEmpty() || agreement) && severalParties(sources);
        List<Actor> parties = together ? distinctParties(sources) : List.of();
        for (Actor s : sources) {
            if (together && caller) {
                // "Zelensky and Putin spoke by telephone": one call, the first named's
                if (s == sources.get(0)) {
                    parties.stream().filter(o -> !sameParty(o, s)).forEach(o -> out.add(new Actor[] {s, o}));
                }
            } else if (together && parties.size() == 2) {
                // "Russia and Ukraine signed a deal in Minsk": they sign with each other
                sources.stream().filter(o -> !sameParty(o, s)).forEach(o -> out.add(new Actor[] {s, o}));
            } else if (together) {
                // three or more parties: one event each, with the next party as its counterpart
                int i = parties.indexOf(parties.stream().filter(p -> sameParty(p, s)).findFirst().orElseThrow());
                out.add(new Actor[] {s, parties.get((i + 1) % parties.size())});
            } else if (!targets.isEmpty()) {
                targets.forEach(t -> out.add(new Actor[] {s, t}));
            } else {
                out.add(new Actor[] {s, null});
            }
        }
        return out;
    }

    private static List<Actor> concat(List<Actor> a, List<Actor> b) {
        List<Actor> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Actor> distinctParties(List<Actor> actors) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            if (out.stream().noneMatch(o -> sameParty(o, a))) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean severalParties(List<Actor> actors) {
        return actors.stream().anyMatch(a -> !sameParty(a, actors.get(0)));
    }


    // The actors less the names that name a thing ("signed the Steinmeier formula", "put his name
    // to the Minsk peace agreements", "the Paris communique asked"): a text, a place of talks, not a party.
    private static List<ClauseReader.Ref> withoutNamesOfThings(List<ClauseReader.Ref> refs, List<ClauseReader.Name> names,
                                                              List<Token> tokens, int to) {
        List<ClauseReader.Ref> out = null;
        for (int i = 0; i < refs.size(); i++) {
            ClauseReader.Ref ref = refs.get(i);
            boolean thing = ref.name() >= 0 && namesAThing(tokens, names.get(ref.name()), to);
            if (thing && out == null) {
                out = new ArrayList<>(refs.subList(0, i));
            } else if (!thing && out != null) {
                out.add(ref);
            }
        }
        return out == null ? refs : out;
    }

    // Whether the name begins a thing's name: a noun of NAMED_THINGS follows it, right after or
    // after a word saying what about ("Minsk peace agreements"). "Talks" can be a verb ("Putin
    // talks with Xi"): it names a thing only after "the" ("the Istanbul talks").
    private static boolean namesAThing(List<Token> tokens, ClauseReader.Name name, int to) {
        int k = name.to();
        if (k + 1 < to && THING_SUBJECTS.contains(tokens.get(k).norm())) {
            k++;
        }
        if (k >= to || !NAMED_THINGS.contains(tokens.get(k).norm())) {
            return false;
        }
        return !tokens.get(k).norm().equals("talks") || name.from() > 0 && tokens.get(name.from() - 1).norm().equals("the");
    }

    private static final Set<String> THING_SUBJECTS = Set.of("peace", "ceasefire", "truce", "security", "trade",
            "grain", "gas", "nuclear", "energy", "prisoner", "exchange");
    private static final Set<String> NAMED_THINGS = Set.of("formula", "agreement", "agreements", "accord", "accords",
            "protocol", "protocols", "format", "process", "memorandum", "communique", "communiqué", "talks", "declaration");

    // Whether the sources are all legislatures and the verb is one of their votes ("approved", "passed").
    private static boolean legislatureVoting(List<Actor> sources, Token verb) {
        String v = verb.norm();
        return (v.startsWith("approv") || v.startsWith("pass")) && sources.stream().allMatch(a -> "LEG".equals(a.role()));
    }

    private static List<Actor> actors(List<ClauseReader.Ref> refs, List<ActorMention> resolved) {
        List<Actor> out = new ArrayList<>();
        for (ClauseReader.Ref ref : refs) {
            out.add(ref.name() >= 0 ? resolved.get(ref.name()).actor() : (Actor) ref.resolved());
        }
        return out;
    }

    // The token of [from, to) holding the offset, else from. Tokens are in order and never
    // overlap: only the last one starting at or before the offset can hold it.
    private static int indexAt(List<Token> tokens, int from, int to, int offset) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int k = lo - 1;
        return k >= from && offset < tokens.get(k).end() ? k : from;
    }
}
