package org.dateline.event;

import java.util.List;
import java.util.Set;
import org.dateline.action.ActionFlag;
import org.dateline.action.ActionMatch;
import org.dateline.event.ClauseReader.Context;
import org.dateline.event.ClauseReader.Name;
import org.dateline.event.ClauseReader.Ref;
import org.dateline.text.Token;

/**
 * Who acts in one sentence: for each action its subjects, read leftwards from the verb past
 * relative clauses and asides, with coordinated names, pronouns, shared subjects of coordinated
 * verbs and what reported speech changes. The other readings of the sentence are in
 * {@link ClauseStructure}.
 */
final class ClauseSubjects extends ClauseStructure {
    private static final long SUBJECT_BLOCKERS = WordClasses.of("with", "against", "on", "to", "at", "near",
            "about", "over", "into", "toward", "towards", "for", "by", "like", "than", "between", "upon", "in", "from",
            "of", "outside", "inside", "behind", "beside", "across", "around", "through", "throughout", "along",
            "beyond", "amid", "under", "among", "within");
    // Prepositions whose coordinated names are their objects ("by Syrian and Russian aircraft",
    // "talks between Russian and Ukrainian negotiators"); not "of" or "from", whose names may
    // be the ones people act for ("negotiators from Ukraine, Russia and the OSCE agreed").
    private static final long OBJECT_PREPOSITIONS = WordClasses.of("by", "between", "against", "than", "like",
            "on", "at", "into", "toward", "towards", "over", "about", "near");
    // "as well", "described the outcome as a victory": "as" opens no clause before these.
    private static final long AS_PREPOSITION = WordClasses.of("well", "a", "an", "part");
    private static final long AFTER_OBJECT_IT = WordClasses.of("as", "a", "an", "the");
    // "described it as preparation for a new war", "seen as": "as" after these opens no clause either.
    private static final long BEFORE_AS_PREPOSITION = WordClasses.of("it", "them", "this", "him", "her", "itself",
            "described", "regarded", "seen", "viewed", "branded", "labelled", "labeled", "characterised",
            "characterized", "dismissed", "hailed", "treated", "known", "portrayed", "depicted", "presented");
    // "we" and "I" as a subject: the speaker of a transcript
    private static final Set<String> FIRST_PERSON = Set.of("we", "i");
    // A subject is never looked for across these: the verb after them has its own subject.
    private static final long SUBORDINATORS = WordClasses.of("when", "after", "before", "as", "until", "once",
            "if", "unless", "that", "whether");
    private static final long CLAUSE_OPENERS = WordClasses.of("and", "but", "or", "that", "which", "who", "when",
            "after", "before", "while", "as", "if", "then", "also", "because", "since", "though", "although",
            "where", "whether", "once", "until", "meanwhile", "now", "later", "earlier", "ago", "today", "yesterday",
            "tomorrow", "overnight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
            "day", "hours", "days", "weeks", "months", "years", "instead", "however", "so", "thus", "nor",
            "finally", "eventually", "quickly", "soon");
    private static final long LINKS = WordClasses.of("and", ",", "also", "then", "later", "had", "has", "have",
            "subsequently", "immediately", "both", "swiftly", "quickly", "promptly");
    private static final long PERSON_PRONOUNS = WordClasses.of("he", "she");
    // (a set, not a word list: read only after "it is", "it was")
    private static final Set<String> EXPLETIVE_IT_COMPLEMENTS = Set.of("the", "a", "an", "unclear", "clear",
            "likely", "unlikely", "possible", "impossible", "thought", "believed", "understood", "reported", "said");
    private static final long PERSON_OBJECT_PRONOUNS = WordClasses.of("him", "her");
    private static final long POSSESSIVES = WordClasses.of("its", "their", "his", "her", "our");
    private static final long OTHER_PRONOUNS = WordClasses.of("it", "they");
    private static final long WHO_WHICH = WordClasses.of("who", "which");
    private static final long ARTICLES = WordClasses.of("the", "a", "an");
    private static final long SUBJECT_DETERMINERS = WordClasses.of("the", "a", "an", "one", "its", "his", "her",
            "their", "both");

    /**
     * Does nothing but load this class and the classes it extends: their word lists join the
     * vocabulary when they are loaded, which must happen before a text's words are looked up.
     */
    static void declareWordLists() {
        // loading the class ran the static initialisers
    }

    ClauseSubjects(List<Token> tokens, int[] ids, int from, int to, List<Name> names, List<ActionMatch> actions) {
        super(tokens, ids, from, to, names, actions);
    }

    /** The subjects of action a: nearest names to its left, with coordination and shared subjects. */
    List<Ref> subjects(ActionMatch act, int a, List<List<Ref>> sourcesSoFar, Context context, boolean places) {
        for (int n = 0; n < names.size(); n++) {
            Name name = names.get(n);
            if (name.from() < act.fromToken() && name.to() > act.fromToken() && name.to() <= act.head() && !name.place()) {
                return coordinated(n); // "Ukrainian drones struck": the phrase begins inside the subject
            }
        }
        if (act.head() == act.fromToken() && is(act.head() - 1, COMMA) && norm(act.head()).endsWith("ing")) {
            // "Zelensky made his first trip abroad since the Russian invasion, flying to
            // Washington": the participle's subject is the sentence's
            for (int n = 0; n < names.size(); n++) {
                Name name = names.get(n);
                if (name.to() <= act.fromToken() && !name.place() && !is(before(name), SUBJECT_BLOCKERS)
                        && subjectPosition(name)) {
                    return coordinated(n);
                }
            }
        }
        int[] rel = relativeOf(act.head());
        int fallback = -1;
        boolean possessive = false;
        for (int k = reportedModalClause(act) - 1; k >= from; k--) {
            int[] r = relativeOf(k);
            if (r != null && r != rel) {
                k = r[0];
                continue;
            }
            if (rel != null && k == rel[0] + 1) {
                // "Putin, who met Macron": the subject of the relative clause is its antecedent;
                // "..., striking cities": of a participle, the name before it or the main subject
                int n = nameEndingAt(rel[0] - 1);
                if (n >= 0 && (is(k, WHO_WHICH) || participle(k))
                        && !names.get(n).place()) {
                    return coordinated(n);
                }
                if (fallback >= 0 && is(k + 1, RELATIVES)) {
                    return coordinated(fallback); // ", on whose border Russia massed troops": Russia
                }
                return participle(k) && k == act.head() ? shared(a, sourcesSoFar) : List.of();
            }
            if (boundary(k)) {
                return unnamedSubject(k, act) ? List.of() : sharedAcrossBoundary(act, a, sourcesSoFar);
            }
            if (reportingVerbAt(k, a) && !coordinatedVerb(act) && !possessive) {
                // "the ministry said missiles had struck": what is said has a subject of its own,
                // and when it names none, the speaker is not the one who struck ("said its
                // troops had withdrawn" is the speaker's own doing)
                return List.of();
            }
            if (is(k, POSSESSIVES) && (is(k + 1, FORCES) || is(k + 1, GOVERNMENTS))
                    && subjectPosition(k) && !reportedAfterVerb(k)) {
                // "His fighters seized Rostov-on-Don", "His government unveiled a package": the
                // forces or government of the one the pronoun refers to
                Object owner = norm(k).equals("his") || norm(k).equals("her") ? context.person() : context.other();
                if (owner != null) {
                    return List.of(new Ref(-1, owner));
                }
            }
            possessive |= is(k, POSSESSIVES);
            if (possessive && norm(k).equals("that") && speechOpens(k, a)) {
                continue; // "Zelensky said (on Saturday) that his army was fighting": the speaker's own forces
            }
            if (k == act.head() - 1 && act.head() == act.fromToken() && participle(act.head())
                    && (norm(k).equals("after") || norm(k).equals("before"))) {
                // "signed a deal with Macron, hours after sealing one with Scholz": a gerund
                // after "after" or "before" has the subject of the clause it is part of; opening
                // the sentence, the subject after its comma ("Two days after meeting Zelensky on
                // 30 August, Rafael Grossi led ...")
                List<Ref> shared = shared(a, sourcesSoFar);
                return shared.isEmpty() ? subjectAfterComma(act) : shared;
            }
            int document = k == act.fromToken() - 1 && norm(k).equals("that") ? documentBefore(k) : -1;
            if (document >= 0) {
                // "the White House issued a statement (in the name of its press secretary) that
                // accused the Russian military": the statement speaks for the one who issued it
                List<Ref> issuer = firstSubjectBefore(document);
                if (!issuer.isEmpty()) {
                    return issuer;
                }
            }
            if (is(k, SUBORDINATORS) && !(norm(k).equals("as") && (k + 1 < to && is(k + 1, AS_PREPOSITION)
                    || is(k - 1, BEFORE_AS_PREPOSITION)))) {
                // "Obama said the deal might not hold and threatened Russia": a verb coordinated
                // across the subordinate clause shares the subject of the verb before that clause
                for (int p = a - 1; p >= 0 && coordinatedVerb(act); p--) {
                    if (actions.get(p).toToken() <= k && !sourcesSoFar.get(p).isEmpty()) {
                        return sourcesSoFar.get(p);
                    }
                }
                return List.of();
            }
            String w = norm(k);
            if (w.equals("it") && !subjectPosition(k) && k + 1 < to && is(k + 1, AFTER_OBJECT_IT)) {
                continue; // "described it as preparation for a new war", "called it a farce": an object
            }
            if (w.equals("it") && k + 2 < to && is(k + 1, BE) && EXPLETIVE_IT_COMPLEMENTS.contains(norm(k + 2))) {
                return List.of(); // "It is the first time the court has issued", "it was unclear whether": no one
            }
            if (FIRST_PERSON.contains(w) && context.speaker() != null && subjectPosition(k)) {
                return List.of(new Ref(-1, context.speaker())); // "We call on Kiev to stop": in a transcript, the speaker's side
            }
            if (is(k, PERSON_PRONOUNS) || is(k, OTHER_PRONOUNS)) {
                int antecedent = antecedent(k, is(k, PERSON_PRONOUNS));
                if (antecedent >= 0) {
                    return List.of(new Ref(antecedent, null));
                }
                if (w.equals("they") && !context.group().isEmpty()) {
                    return context.group().stream().map(g -> new Ref(-1, g)).toList();
                }
                Object resolved = is(k, PERSON_PRONOUNS) ? context.person() : context.other();
                return resolved == null ? List.of() : List.of(new Ref(-1, resolved));
            }
            List<Ref> group = group(k, true);
            if (group != null) {
                return group; // "The two presidents also agreed..."
            }
            int n = nameEndingAt(k);
            if (n < 0) {
                continue;
            }
            Name name = names.get(n);
            int members = membersOf(name);
            if (members >= 0 && !name.place()) {
                // "The leaders of the Group of Seven will hold": the group acts through its members
                if (subjectPosition(members)) {
                    return coordinated(n);
                }
                k = members;
                continue;
            }
            if (name.place() && !places || is(before(name), SUBJECT_BLOCKERS) && !governmentIn(name)) {
                k = name.from();
                continue;
            }
            List<Ref> coordination = coordinated(n);
            int first = coordination.get(0).name();
            if (first != n && is(before(names.get(first)), OBJECT_PREPOSITIONS)) {
                k = names.get(first).from(); // "by Syrian and Russian aircraft ... and said": an object
                continue;
            }
            int speech = speechBeforeReportedPerfect(name, act, a);
            if (speech >= 0 && !sourcesSoFar.get(speech).isEmpty()) {
                return sourcesSoFar.get(speech);
            }
            if (objectOfEarlierAction(name, act, a) && !shared(a, sourcesSoFar).isEmpty()) {
                return shared(a, sourcesSoFar);
            }
            if (controlledSubject(act) == n) {
                return coordination; // "authorized Ukraine to strike": Ukraine would strike
            }
            if (!subjectPosition(name)) {
                // "Biden called Putin a war criminal and said...": Putin follows a verb, so it
                // is an object; look further left, and fall back on it if nothing is found
                fallback = fallback < 0 ? n : fallback;
                k = name.from();
                continue;
            }
            int holder = appositionHolder(n, act);
            if (holder < 0) {
                holder = describedPerson(n, act);
            }
            return holder >= 0 ? coordinated(holder) : coordination;
        }
        return fallback >= 0 && !coordinatedVerb(act) ? coordinated(fallback) : List.of();
    }

    // "The government in Kyiv accused": the capital names whose government acts.
    private boolean governmentIn(Name name) {
        int in = name.from() - 1;
        return norm(in).equals("in") && is(in - 1, GOVERNMENTS) && norm(in - 2).equals("the");
    }

    private static final long GOVERNMENTS = WordClasses.of("government", "authorities", "leadership", "administration",
            "regime", "parliament");

    // "Boris Johnson, the British prime minister, spoke": the person whose office an apposition
    // names is the subject, not the office's country. Else -1.
    private int appositionHolder(int n, ActionMatch act) {
        Name office = names.get(n);
        int the = office.from() - 1;
        while (the > from && office.from() - the <= 2 && !norm(the).equals("the") && lowerInitial(the)) {
            the--; // "the acting foreign minister"
        }
        int comma = the - 1;
        if (office.person() || !is(comma, COMMA) || !norm(the).equals("the")) {
            return -1;
        }
        int person = nameEndingAt(comma - 1);
        if (person < 0 || !names.get(person).person()) {
            return -1;
        }
        for (int k = office.to(); k < act.fromToken(); k++) {
            if (is(k, COMMA)) {
                return person; // the apposition closes before the verb
            }
        }
        return -1;
    }

    // "Keith Kellogg, Trump's envoy for Ukraine and Russia, arrived": the person an apposition
    // describes is the subject, not the places the description names; a person the gazetteer
    // does not know, described as someone's envoy (aide, spokesman), acts for that one. Else -1.
    private int describedPerson(int n, ActionMatch act) {
        Name name = names.get(n);
        boolean closed = false;
        for (int k = name.to(); k < act.fromToken() && !closed; k++) {
            closed = is(k, COMMA);
        }
        for (int k = name.from() - 1; k > from && closed; k--) {
            if (is(k, COMMA)) {
                int described = nameEndingAt(k - 1);
                if (described >= 0) {
                    return names.get(described).person() && described != n ? described : -1;
                }
                int possessor = nameStartingAt(k + 1);
                boolean unknownPerson = upperInitial(k - 1) && upperInitial(from);
                return unknownPerson && possessor >= 0 && norm(names.get(possessor).to()).equals("'s") ? possessor : -1;
            }
        }
        return -1;
    }

    /**
     * '"We will win," said Zelensky', '..., said Linda Thomas-Greenfield, the US ambassador to the
     * UN': a speech verb right after a closing quote has its speaker after it, the first name
     * that is not a preposition's object; null when the verb does not follow a quote.
     */
    List<Ref> invertedSpeaker(ActionMatch act) {
        int k = act.fromToken() - 1;
        boolean quoteClosed = isQuote(k) && (is(k - 1, COMMA) || ".?!".contains(norm(k - 1)) && !norm(k - 1).isEmpty())
                || is(k, COMMA) && isQuote(k - 1);
        if (!quoteClosed) {
            return null;
        }
        for (int j = act.toToken(); j < to && !boundary(j); j++) {
            int n = nameStartingAt(j);
            if (n >= 0 && !names.get(n).place() && !is(before(names.get(n)), SUBJECT_BLOCKERS)) {
                return List.of(new Ref(n, null));
            }
        }
        return List.of();
    }

    /**
     * "Kuleba said (that) Putin had launched an invasion and urged the world to stop him": a verb
     * coordinated after a reported clause in the past perfect is the speaker's, not the reported
     * subject's. The speech action's index, or -1.
     */
    private int speechBeforeReportedPerfect(Name name, ActionMatch act, int a) {
        if (!coordinatedVerb(act) || norm(act.head() - 1).equals("had")) {
            return -1;
        }
        int speech = -1;
        boolean perfect = false;
        for (int p = 0; p < a; p++) {
            ActionMatch m = actions.get(p);
            if (m.has(ActionFlag.SPEECH) && m.toToken() <= name.from()) {
                speech = p;
            } else if (m.fromToken() >= name.to()) {
                perfect |= norm(m.head() - 1).equals("had");
            }
        }
        // the reported clause opens after "that", or right after the speech verb for a verbal act
        // ("said Ukrainian forces had fired ... and blamed Kyiv"; but "said Russian troops had
        // shelled Mariupol and killed ten civilians" is still what the troops did)
        int quad = act.code().quadClass();
        for (int k = name.to(); k < act.fromToken() && !perfect && (quad == 1 || quad == 3); k++) {
            perfect = norm(k).equals("had"); // "wrote that Putin had gone crazy and warned": a verbal act, the writer's
        }
        boolean opensReport = speech >= 0 && (norm(name.from() - 1).equals("that")
                || actions.get(speech).toToken() == name.from() && (quad == 1 || quad == 3));
        return perfect && opensReport ? speech : -1;
    }

    /**
     * Whether a name can be a subject by what precedes it: the sentence start, punctuation, a
     * conjunction, a capitalised word ("President", "Monday"), a time word, or a speech or
     * governing verb; not another lower-case word ("called Putin").
     */
    private boolean subjectPosition(Name name) {
        return subjectPosition(name.from());
    }

    // "The leaders of the Group of Seven": where the members' noun before "of" the name starts, or -1.
    private int membersOf(Name name) {
        int of = before(name);
        // "a spokesman for the Ukrainian military": a spokesperson speaks for it ("a special
        // representative for Ukraine negotiations" is not Ukraine's)
        return norm(of).equals("of") && is(of - 1, MEMBERS) || norm(of).equals("for") && SPOKESPEOPLE.contains(norm(of - 1))
                ? of - 1 : -1;
    }

    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");

    // Whether a phrase starting at token start can be a subject by what precedes it (see above).
    private boolean subjectPosition(int start) {
        int k = start - 1;
        for (int d = k; d >= from && d >= k - 2; d--) {
            if (is(d, SUBJECT_DETERMINERS)) {
                k = d; // "a senior US official": the phrase starts at its determiner
                break;
            }
            if (!lowerInitial(d) || is(d, CLAUSE_OPENERS)) {
                break; // "their bases after Lukashenko": a phrase never reaches back past "after"
            }
        }
        while (k >= from && is(k, SUBJECT_DETERMINERS)) {
            k--;
        }
        if (k < from) {
            return true;
        }
        if (!word(k) || is(k, CLAUSE_OPENERS) || upperInitial(k) || digitInitial(k)) {
            return true;
        }
        for (ActionMatch m : actions) {
            if (m.toToken() == k + 1 && (m.has(ActionFlag.SPEECH) || m.has(ActionFlag.GOVERNS))) {
                // "Kyiv said Russian troops...", "warned Russia not to recognise": the subject of what follows
                return true;
            }
        }
        return false;
    }

    // "Ashton said she would travel": right after a speech verb, the nearest fitting name before
    // it, who speaks ("Ukrainian forces entered Kherson hours after Russia's defence ministry said
    // it had withdrawn"); else the first fitting name before the pronoun in the sentence
    /**
     * The person "him" or "her" stands for as the object of an active verb ("urged him to pull
     * back"): the nearest person named before the verb who is not its subject ("Obama spoke to
     * Putin and urged him"), else the paragraph's last person acting, when not the subject ("Putin
     * met Obama ... Hollande pressed him"), else its last person acted upon ("Merkel met Putin. She
     * urged him"). Empty when no such pronoun follows the verb.
     */
    List<Ref> objectPronoun(ActionMatch act, List<Ref> sources, Context context) {
        int k = is(act.head() + 1, PERSON_OBJECT_PRONOUNS) ? act.head() + 1 : act.toToken(); // "pressed him ... to"
        if (!is(k, PERSON_OBJECT_PRONOUNS) || norm(k).equals("her") && k + 1 < to && !is(k + 1, OBJECT_FOLLOWERS)) {
            return List.of(); // "her" may be a possessive: "urged her government"
        }
        for (int n = names.size() - 1; n >= 0; n--) {
            Name name = names.get(n);
            int nn = n;
            if (name.to() <= act.fromToken() && name.person() && !name.place()
                    && sources.stream().noneMatch(r -> r.name() == nn)) {
                return List.of(new Ref(n, null));
            }
        }
        for (Object candidate : new Object[] {context.person(), context.personActedOn()}) {
            if (candidate != null && sources.stream().noneMatch(r -> r.resolved() == candidate)) {
                return List.of(new Ref(-1, candidate));
            }
        }
        return List.of();
    }

    // What may follow "her" as an object rather than as a possessive: "urged her to", "told her on Monday".
    private static final long OBJECT_FOLLOWERS = WordClasses.of("to", "on", "in", "at", "for", "that", "of", "about",
            "with", "by", ",", ".", "and", "over", "during", "after", "before", "again", "not");

    private int antecedent(int pronoun, boolean person) {
        int speech = speechVerbBefore(pronoun);
        for (int n = names.size() - 1; speech >= 0 && n >= 0; n--) {
            Name name = names.get(n);
            // ("Foreign ministers of the Group of Seven said they": the group its members speak for)
            if (name.to() <= speech && !name.place() && name.person() == person
                    && (!is(before(name), SUBJECT_BLOCKERS) || membersOf(name) >= 0)) {
                return n;
            }
        }
        for (int n = 0; n < names.size(); n++) {
            Name name = names.get(n);
            if (name.to() <= pronoun && !name.place() && name.person() == person
                    && !is(before(name), SUBJECT_BLOCKERS)) {
                return n;
            }
        }
        return -1;
    }

    // Where the speech verb starts whose clause the pronoun opens ("said it", "said that it"), or -1.
    private int speechVerbBefore(int pronoun) {
        int end = pronoun > from && norm(pronoun - 1).equals("that") ? pronoun - 1 : pronoun;
        for (ActionMatch m : actions) {
            if (m.has(ActionFlag.SPEECH) && (m.toToken() == end || onADay(m.toToken(), end))) {
                return m.fromToken();
            }
        }
        return -1;
    }

    // "said on Monday they": only "on" and a day between the speech verb and its clause.
    private boolean onADay(int from, int to) {
        return to - from == 2 && norm(from).equals("on") && WEEKDAYS.contains(norm(from + 1));
    }


    // Whether a subordinating word ("when", "after") opens the action's clause, no comma between.
    private boolean inSubordinateClause(ActionMatch earlier) {
        for (int k = earlier.fromToken() - 1; k >= from && !is(k, COMMA); k--) {
            if (is(k, SUBORDINATORS) && !norm(k).equals("that")) {
                return true;
            }
        }
        return false;
    }

    // The name right after the first comma following the action, when it is no place: the
    // subject of the main clause an opening phrase leads into. Empty otherwise.
    private List<Ref> subjectAfterComma(ActionMatch act) {
        for (int k = from; k < act.fromToken(); k++) {
            if (is(k, COMMA)) {
                return List.of(); // the phrase does not open the sentence ("In December, shortly before voting began,")
            }
        }
        for (int k = act.toToken(); k + 1 < to; k++) {
            if (is(k, COMMA)) {
                int n = nameStartingAt(k + 1);
                return n >= 0 && !names.get(n).place() ? coordinated(n) : List.of();
            }
        }
        return List.of();
    }

    // "publicly", "formally": a lower-case word in -ly right before a verb says how it was done.
    private boolean mannerAdverb(int k) {
        return lowerInitial(k) && norm(k).length() > 4 && norm(k).endsWith("ly");
    }

    // "Putin met Macron and signed...", "Biden phoned Putin on April 13, voiced concern": the
    // name is an earlier action's object and this verb, after "and" or a comma, shares its subject.
    private boolean objectOfEarlierAction(Name name, ActionMatch act, int a) {
        int earlier = -1;
        for (int p = 0; p < a; p++) {
            if (actions.get(p).head() < name.from()) { // also inside its phrase: "expelled 10 Russian diplomats"
                earlier = p;
            }
        }
        if (earlier < 0 || appositive(name) || norm(before(name)).equals("that")) {
            return false; // "demanded that Russia stop its offensive and withdraw": Russia is a subject
        }
        if (is(before(name), COMMA) && inSubordinateClause(actions.get(earlier))) {
            return false; // "when the Rada passed the bill, the Russian Foreign Ministry ... accused": the main subject
        }
        int k = act.fromToken() - 1;
        while (k >= name.to() && (is(k, LINKS) || mannerAdverb(k)) && !is(k, AND) && !is(k, COMMA)) {
            k--; // "held talks with President Duda and then publicly voiced concern": Obama voiced it
        }
        if (k >= name.to() && norm(k).equals("to") && k == act.fromToken() - 1 && !is(k - 1, BE)) {
            // "telephoned the separatist leaders to ask them": a purpose, the caller asks;
            // "urged Putin to recognise": Putin would recognise ("Scholz was to host": a plan, no purpose)
            return !actions.get(earlier).has(ActionFlag.GOVERNS);
        }
        if (is(k, COMMA) && relativeOf(k - 1) != null) {
            return false; // "but Britain, which holds the presidency, turned the request down": the aside's comma
        }
        if (is(k, COMMA) && namedAside(k, name.to())) {
            return false; // "and the US ambassador, Bridget Brink, called it outrageous": she is the subject
        }
        return k >= name.to() && (is(k, AND) || is(k, COMMA));
    }

    // "..., but the alliance has rejected the request": after the boundary at k the clause opens
    // with a subject of its own that names no actor, so it shares no earlier subject.
    private boolean unnamedSubject(int k, ActionMatch act) {
        int j = k + 1;
        if (is(j, AND) || norm(j).equals("but")) {
            j++;
        }
        if (!is(j, ARTICLES)) {
            return false;
        }
        for (int i = j + 1; i < act.fromToken(); i++) {
            if (is(i, SUBJECT_BLOCKERS) || is(i, COMMA)) {
                return false; // "but on the same day signed": a phrase of time or place, not a subject
            }
        }
        return true;
    }

    // Whether the "that" at k opens what a speech verb before action a says: "confirmed on
    // Saturday that", with no comma or clause boundary between.
    private boolean speechOpens(int k, int a) {
        for (int p = a - 1; p >= 0; p--) {
            ActionMatch m = actions.get(p);
            if (m.has(ActionFlag.SPEECH) && m.toToken() <= k) {
                for (int j = m.toToken(); j < k; j++) {
                    if (boundary(j) || is(j, COMMA)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    // Whether a speech or governing verb ends before token k: "said its troops had withdrawn" is
    // the speaker's own forces, found on the way to the speaker.
    private boolean reportedAfterVerb(int k) {
        for (ActionMatch m : actions) {
            if (m.toToken() <= k && (m.has(ActionFlag.SPEECH) || m.has(ActionFlag.GOVERNS))) {
                return true;
            }
        }
        return false;
    }

    // Token k is the head of a plain speech verb before action a ("said", "told").
    private boolean reportingVerbAt(int k, int a) {
        for (int p = 0; p < a; p++) {
            if (actions.get(p).head() == k && actions.get(p).has(ActionFlag.SPEECH)) {
                return true;
            }
        }
        return false;
    }

    // ", Bridget Brink," closed by the comma at k: a person's name the gazetteer does not know, set
    // off by commas after the words from `after` on (a role restated by the name)
    private boolean namedAside(int k, int after) {
        int j = k - 1;
        while (j >= after && j > k - 5 && upperInitial(j)) {
            j--;
        }
        return j < k - 1 && j >= after && is(j, COMMA);
    }

    // "the Belarusian president, Alexander Lukashenko, brokered": a name set off by commas right
    // after another name restates it; the comma after it closes the aside, it joins no verbs.
    private boolean appositive(Name name) {
        return is(name.from() - 1, COMMA) && nameEndingAt(name.from() - 2) >= 0;
    }

    /**
     * The subject a verb after a clause boundary shares (", and demanded that..."): for words
     * (statements, appeals, demands, accusations), the speaker's when a speech came before ("The
     * ministry said Kyiv was shifting the blame, and demanded that ..."); for deeds, the last
     * doer's, told or not ("said its forces had repelled an attack, and destroyed five tanks").
     */
    private List<Ref> sharedAcrossBoundary(ActionMatch act, int a, List<List<Ref>> sourcesSoFar) {
        int quad = act.code().quadClass();
        if (quad == 1 || quad == 3 || act.has(ActionFlag.SPEECH) || act.has(ActionFlag.GOVERNS)) {
            for (int p = a - 1; p >= 0; p--) {
                if (actions.get(p).has(ActionFlag.SPEECH) && !sourcesSoFar.get(p).isEmpty()) {
                    return sourcesSoFar.get(p);
                }
            }
        }
        return shared(a, sourcesSoFar);
    }

    List<Ref> shared(int a, List<List<Ref>> sourcesSoFar) {
        boolean finite = !nonFinite(actions.get(a).head());
        for (int p = a - 1; p >= 0; p--) {
            if (finite && nonFinite(actions.get(p).head()) && governedBefore(p)) {
                // "accused Moscow of sending tanks, and called on it to withdraw": a finite verb
                // goes on from the one that governs the complement, not from the complement's verb
                continue;
            }
            if (!actions.get(p).has(ActionFlag.SPEECH) && !sourcesSoFar.get(p).isEmpty()) {
                return sourcesSoFar.get(p);
            }
        }
        return List.of();
    }

    // Documents that speak for whoever issued them.
    private static final Set<String> DOCUMENTS = Set.of("statement", "communique", "communiqué", "declaration",
            "resolution", "letter", "report", "decree", "note");

    // A document noun ending a phrase right before token k ("a statement", "a statement in the name of
    // its spokeswoman"), no comma or clause word between: its token, or -1.
    private int documentBefore(int k) {
        for (int d = k - 1; d >= from && d >= k - DOCUMENT_PHRASE_TOKENS; d--) {
            if (DOCUMENTS.contains(norm(d))) {
                // issued by the subject ("issued a statement"), not one it acted on ("vetoed a resolution")
                int v = d - 1;
                while (v > from && (is(v, ARTICLES) || norm(v).equals("joint") || norm(v).equals("written"))) {
                    v--;
                }
                return v >= from && ISSUED.contains(norm(v)) ? d : -1;
            }
            if (is(d, COMMA) || boundary(d)) {
                return -1;
            }
        }
        return -1;
    }

    private static final int DOCUMENT_PHRASE_TOKENS = 9;
    private static final Set<String> ISSUED = Set.of("issued", "released", "published", "sent", "wrote", "adopted",
            "signed", "put", "made");

    // The first name before token k that stands where a subject stands, with its coordinates, or none.
    private List<Ref> firstSubjectBefore(int k) {
        for (int n = 0; n < names.size(); n++) {
            Name name = names.get(n);
            if (name.to() <= k && !name.place() && subjectPosition(name)) {
                return coordinated(n);
            }
        }
        return List.of();
    }

    // The subjects of the nearest speech before action a, or none.
    List<Ref> speakerBefore(int a, List<List<Ref>> sourcesSoFar) {
        int p = speechBefore(a);
        return p < 0 ? List.of() : sourcesSoFar.get(p);
    }

    // Who the nearest speech before action a is addressed to ("told Macron"), or none.
    List<Ref> addresseeBefore(int a) {
        int p = speechBefore(a);
        return p < 0 ? List.of() : addressee(actions.get(p));
    }

    // The index of the nearest speech action before action a, or -1.
    private int speechBefore(int a) {
        for (int p = a - 1; p >= 0; p--) {
            if (actions.get(p).has(ActionFlag.SPEECH)) {
                return p;
            }
        }
        return -1;
    }

    // A gerund ("sending") or an infinitive ("to withdraw"): the verb of a complement.
    private boolean nonFinite(int head) {
        return norm(head).endsWith("ing") || head > from && norm(head - 1).equals("to");
    }

    // Whether an action before action p governs a complement ("accused ... of", "urged ... to").
    private boolean governedBefore(int p) {
        for (int q = p - 1; q >= 0; q--) {
            if (actions.get(q).has(ActionFlag.GOVERNS)) {
                return true;
            }
        }
        return false;
    }
}
