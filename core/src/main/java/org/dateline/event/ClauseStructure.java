package org.dateline.event;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.action.ActionFlag;
import org.dateline.action.ActionMatch;
import org.dateline.action.VerbForms;
import org.dateline.event.ClauseReader.Context;
import org.dateline.event.ClauseReader.Name;
import org.dateline.event.ClauseReader.Ref;
import org.dateline.text.Token;

/**
 * The structure of one sentence as ClauseReader reads it: where its clauses, relative clauses
 * and asides are, and for an action its objects, agents, governor and modality window, found
 * from the order of names and action phrases. Who acts is read by {@link ClauseSubjects}.
 */
abstract class ClauseStructure extends SentenceView {
    private static final long TARGET_SKIPPERS = WordClasses.of("in", "at", "near", "during", "inside", "outside",
            "across", "around", "through", "throughout", "amid", "beyond");
    private static final long WEAPON_VERBS = WordClasses.of("fire", "fires", "fired", "firing", "launch", "launches",
            "launched", "launching", "use", "uses", "used", "using", "send", "sends", "sent", "sending", "supply",
            "supplies", "supplied", "supplying", "deliver", "delivers", "delivered", "delivering", "provide", "provides",
            "provided", "providing", "deploy", "deploys", "deployed", "deploying");
    private static final long WEAPONS = WordClasses.of("missile", "missiles", "rockets", "rocket", "tanks", "jets",
            "drones", "weapons", "arms", "howitzers", "shells", "munitions", "artillery", "atacms", "himars",
            "leopard", "abrams", "patriot", "taurus", "scalp", "iris-t", "f-16s", "f-16");
    private static final long FORCE_AT = WordClasses.of("in", "at", "across", "inside", "throughout");
    // An object is never looked for past these ("returned to base after Lukashenko brokered"); "as"
    // and "until" are left out: "suspended their participation until Russia changes course".
    private static final long OBJECT_ENDERS = WordClasses.of("when", "after", "before", "once", "if", "unless",
            "whether");
    static final long MODALS = WordClasses.of("would", "could", "might", "may", "should", "will");
    private static final long MODAL_SUBJECT_ENDS = WordClasses.of(",", "that", "which", "who", "and", "but", "said",
            "says");
    private static final long EXPECTED = WordClasses.of("expected", "due", "set", "scheduled");
    static final long BE = WordClasses.of("is", "are", "was", "were");
    private static final long PASSIVE_AUXILIARIES = WordClasses.of("been", "be", "being", "had", "has", "have",
            "get", "got", "gets");
    // a description of a thing ends at these: "a deal brokered by", "the sailors who were captured by"
    private static final long DESCRIPTION_STOPS = WordClasses.of("a", "an", "who", "which");
    private static final long PERFECT = WordClasses.of("has", "have", "had");
    private static final long SEQUENCE_ADVERBS = WordClasses.of("also", "then", "later", "soon");
    private static final long DEFINITE = WordClasses.of("the", "this", "that", "these", "those", "either", "both",
            "its", "their", "his", "her");
    // "since Russia's annexation of Crimea": a possessive event noun after these is referred to
    private static final long REFERRING_PREPOSITIONS = WordClasses.of("to", "of", "since", "after", "before",
            "following", "against", "over", "amid", "despite", "during", "by", "for", "from", "into", "about");
    private static final long ARTICLES_AND_POSSESSIVES = WordClasses.of("a", "an", "the", "his", "her", "their", "its");
    // (read here so that the lists are declared with the others, before any text is looked up)
    private static final long CONTROL_VERBS = ObjectControl.HYPOTHETICAL | ObjectControl.ASSERTED;
    // Words that open a part of a clause with a time of its own: "since Russia launched ..."
    private static final long TIME_SUBORDINATORS = WordClasses.of("since", "after", "before", "when", "until",
            "once");
    private static final long OPENING_PREPOSITIONS = WordClasses.of("in", "during", "after", "at");

    ClauseStructure(List<Token> tokens, int[] ids, int from, int to, List<Name> names, List<ActionMatch> actions) {
        super(tokens, ids, from, to, names, actions);
    }

    private GroupPhrases groups;
    private Context context;
    private byte[] groupsAt; // where group phrases start and end, found when first asked

    /** Sets the phrases that stand for the last group of actors ("both sides"), and what they refer to. */
    ClauseStructure groups(GroupPhrases phrases, Context context) {
        this.groups = phrases;
        this.context = context;
        return this;
    }

    // Two parties that acted together earlier in this sentence, or null.
    private List<Ref> partiesInSentence;

    /** Notes two parties acting together ("Biden and Putin met"), for a group phrase later in the sentence. */
    void actedTogether(List<Ref> parties) {
        if (parties.size() == 2) {
            partiesInSentence = parties;
        }
    }

    // The group a phrase ending (end true) or starting at k refers to, or null: two parties that
    // acted together earlier in the sentence ("Biden and Putin met ...: the two countries will"),
    // else in the text before.
    List<Ref> group(int k, boolean end) {
        boolean before = context != null && context.parties().size() >= 2;
        if (partiesInSentence == null && !before || k < from || k >= to) {
            return null;
        }
        if (groupsAt == null) {
            groupsAt = groups.in(ids, from, to);
        }
        if ((groupsAt[k - from] & (end ? GroupPhrases.ENDS : GroupPhrases.STARTS)) == 0) {
            return null;
        }
        if (partiesInSentence != null) {
            return partiesInSentence;
        }
        // "both sides", "the two leaders": two parties, not the four of a summit; "the three
        // ministers" three; "the presidents" any number
        int counted = partiesCounted(k, end);
        if (counted > 0 && counted != context.parties().size()) {
            return null;
        }
        return context.parties().stream().map(a -> new Ref(-1, a)).toList();
    }

    // How many parties the group phrase ending (or starting) at k counts ("both", "two": 2), or 0.
    private int partiesCounted(int k, boolean end) {
        int first = k;
        while (end && first > from && (groupsAt[first - from] & GroupPhrases.STARTS) == 0) {
            first--;
        }
        int last = k;
        while (!end && last + 1 < to && (groupsAt[last - from] & GroupPhrases.ENDS) == 0) {
            last++;
        }
        for (int w = first; w <= last; w++) {
            switch (norm(w)) {
                case "both", "two" -> {
                    return 2;
                }
                case "three" -> {
                    return 3;
                }
                case "four" -> {
                    return 4;
                }
                default -> { }
            }
        }
        return 0;
    }

    // where a window of modality cues opens after: a comma, a clause boundary, a dash or a bracket
    private static final long WINDOW_ENDS = COMMA | BOUNDARIES | WordClasses.of("—", "(");

    /** Where modality cues for action a start: after the last comma, boundary or earlier action. */
    int windowStart(ActionMatch act, int a) {
        int start = from;
        if (a > 0) {
            start = Math.max(start, actions.get(a - 1).toToken());
        }
        for (int k = act.head() - 1; k >= start; k--) {
            if (is(k, WINDOW_ENDS)) {
                return k + 1;
            }
            if (is(k, AND) && (a > 0 || reportedModalClause(act) < act.fromToken()) && coordinatedVerb(act)
                    && !sharedPassive(k, act)) {
                return k + 1; // "said the deal would hold and threatened Russia": the cues end at "and"
            }
            if (norm(k).equals("that") && (is(k - 1, AND) || norm(k - 1).equals("or"))) {
                return k + 1; // "said the deliveries would not help and that Russia would destroy them"
            }
            if (TIME_CONJUNCTIONS.contains(norm(k)) && (nameStartingAt(k + 1) >= 0 || norm(k + 1).equals("the")
                    && nameStartingAt(k + 2) >= 0)) {
                return k + 1; // "did not take part after Ukraine's security service barred its singer"
            }
        }
        return start;
    }

    // Words that open a clause of their own when a subject follows ("after Ukraine barred"), not
    // only a phrase ("after talks").
    private static final Set<String> TIME_CONJUNCTIONS = Set.of("after", "before", "since",
            "until", "once", "when", "while");

    /**
     * Where the subject of act is looked for from: just before it, or, for "NATO reaffirmed that
     * Ukraine will one day join the alliance and promised to help", before the "that". A past
     * form after "and" cannot share the reported clause's "will" (as "would be found and
     * destroyed" shares "would be"), so it is coordinated with the verb that reports the clause.
     */
    int reportedModalClause(ActionMatch act) {
        if (!is(act.fromToken() - 1, AND) || !VERB_FORMS.past(norm(act.head()))) {
            return act.fromToken();
        }
        boolean modal = false;
        for (int k = act.fromToken() - 1; k > from && !boundary(k) && !isQuote(k); k--) {
            modal |= is(k, MODALS) && Character.isLowerCase(tokens.get(k).text().charAt(0))
                    && !is(k + 1, PASSIVE_AUXILIARIES) && !norm(k + 1).equals("not");
            if (modal && norm(k).equals("that")) {
                return k;
            }
        }
        return act.fromToken();
    }

    private static final VerbForms VERB_FORMS = VerbForms.standard();

    boolean isQuote(int k) {
        String t = norm(k);
        return t.equals("\"") || t.equals("”") || t.equals("“");
    }

    // "warned that they would be found and destroyed": the participle shares "would be"
    private boolean sharedPassive(int and, ActionMatch act) {
        return act.head() == and + 1 && VERB_FORMS.past(norm(and + 1)) && VERB_FORMS.past(norm(and - 1))
                && (is(and - 2, BE) || is(and - 2, PASSIVE_AUXILIARIES));
    }

    /** The earlier action whose complement action a is, or -1. */
    int governor(int a) {
        ActionMatch act = actions.get(a);
        int[] rel = relativeOf(act.head());
        for (int g = a - 1; g >= 0; g--) {
            ActionMatch gov = actions.get(g);
            if (gov.has(ActionFlag.SPEECH) && !gov.has(ActionFlag.GOVERNS)) {
                return -1; // "condemned the invasion and said Washington would...": said heads what follows
            }
            if (!gov.has(ActionFlag.GOVERNS)) {
                continue;
            }
            boolean crossed = coordinatedVerb(act);
            for (int k = gov.toToken(); k < act.fromToken(); k++) {
                // ("accused Russia of posing as a peacemaker while supplying weapons": a gerund
                // right after "while" or "by" goes on with the complement)
                boolean gerundGoesOn = k == act.fromToken() - 1 && act.head() == act.fromToken()
                        && norm(act.head()).endsWith("ing");
                crossed |= boundary(k) && !gerundGoesOn
                        || relativeOf(k) != null && relativeOf(k) != relativeOf(gov.head());
            }
            if (!crossed && (rel == null || rel == relativeOf(gov.head()))) {
                return g;
            }
        }
        return -1;
    }

    // Demands, disapproval and accusations, threats and warnings (roots 10, 11, 13) are aimed at
    // the subject of the clause they govern; a denial (016) or a statement is not.
    private static boolean addressesThatClause(ActionMatch act) {
        String root = act.code().code().substring(0, 2);
        return root.equals("10") || root.equals("11") || root.equals("13");
    }

    /**
     * "demanded that Russia stop its offensive and withdraw its troops": a verb coordinated inside
     * a governing verb's complement, whose subject is named there, is governed by it too. The
     * governing action's index, or -1.
     */
    int governorOfSubject(int a, List<Ref> sources) {
        if (sources.isEmpty() || sources.get(0).name() < 0) {
            return -1;
        }
        Name subject = names.get(sources.get(0).name());
        ActionMatch act = actions.get(a);
        for (int g = a - 1; g >= 0; g--) {
            ActionMatch gov = actions.get(g);
            if (gov.has(ActionFlag.SPEECH) && !gov.has(ActionFlag.GOVERNS)) {
                return -1; // "condemned the invasion and said Washington would": said heads what follows
            }
            if (!gov.has(ActionFlag.GOVERNS) || gov.toToken() > subject.from() || subject.to() > act.fromToken()) {
                continue;
            }
            for (int k = gov.toToken(); k < act.fromToken(); k++) {
                if (boundary(k)) {
                    return -1;
                }
            }
            return g;
        }
        return -1;
    }

    /**
     * "A rebel attack on Mariupol would end the truce": the action is the subject of a modal
     * (hypothetical); "Ukraine's counteroffensive, which Kyiv had prepared for months, is
     * expected to begin" (planned). Else asserted.
     */
    Modality subjectOfModal(ActionMatch act, int clauseEnd) {
        if (act.head() > 0 && norm(act.head() - 1).equals("to")) {
            return Modality.ASSERTED; // an infinitive is no subject: "due to meet on Sunday to see how it will work"
        }
        int[] own = relativeOf(act.head());
        boolean between = false;
        for (int k = act.toToken(); k < clauseEnd; k++) {
            int[] aside = relativeOf(k);
            if (aside != null && aside != own) {
                k = aside[1]; // past the aside and its closing comma
                continue;
            }
            if (between && is(k, AND)) {
                between = false; // "talks between Russian and Ukrainian delegations are expected to"
                continue;
            }
            between |= norm(k).equals("between");
            if (is(k, MODALS) && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
                return Modality.HYPOTHETICAL;
            }
            if (is(k, EXPECTED) && k + 1 < clauseEnd && norm(k + 1).equals("to") && k > act.toToken()
                    && is(k - 1, BE)) {
                return Modality.PLANNED;
            }
            if (is(k, MODAL_SUBJECT_ENDS) || startsOtherAction(k, act)) {
                return Modality.ASSERTED;
            }
        }
        return Modality.ASSERTED;
    }

    /**
     * "Biden authorized Ukraine to strike", "let Kyiv strike": the name that is the object of an
     * object-control verb (object-control.txt) and so the subject of the action; -1 when none.
     */
    int controlledSubject(ActionMatch act) {
        int k = act.fromToken() - 1;
        if (norm(k).equals("to")) {
            k--;
            if (norm(k - 1).equals("on") && Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                k -= 2; // "authorized Ukraine on Sunday to use"
            }
        }
        int n = nameEndingAt(k);
        return n >= 0 && controlVerb(names.get(n)) >= 0 ? n : -1;
    }

    /** "allowed Kyiv to strike" is hypothetical, "forced Russia to withdraw" asserted (object-control.txt). */
    Modality controlledModality(ActionMatch act) {
        int n = controlledSubject(act);
        return n >= 0 && is(controlVerb(names.get(n)), ObjectControl.HYPOTHETICAL)
                ? Modality.HYPOTHETICAL : Modality.ASSERTED;
    }

    // The object-control verb right before the name ("ordered the army"), or -1.
    private int controlVerb(Name name) {
        int v = name.from() - 1;
        if (is(v, ARTICLES_AND_POSSESSIVES)) {
            v--;
        }
        return is(v, CONTROL_VERBS) ? v : -1;
    }

    /**
     * The tokens [from, to) of the part of clause [clause[0], clause[1]) that holds the action:
     * from the nearest subordinating word before it ("since"), to the next one after it.
     */
    int[] timedPart(ActionMatch act, int[] clause) {
        int partFrom = clause[0];
        for (int k = act.fromToken() - 1; k > clause[0]; k--) {
            if (is(k, TIME_SUBORDINATORS)) {
                partFrom = k;
                break;
            }
        }
        // "held talks on Feb. 7 and visited Kyiv the next day": each verb of a coordination has
        // its own part, whatever the verb before "and" ("flew into Ulaanbaatar on Monday and held
        // talks on Tuesday"); a part with no date of its own falls back on the clause's
        int and = andBefore(act);
        if (and > partFrom) {
            partFrom = and;
        }
        int partTo = clause[1];
        for (int k = act.toToken(); k < clause[1]; k++) {
            if (is(k, TIME_SUBORDINATORS)) {
                partTo = k;
                break;
            }
            if (is(k, AND) && actionStartingAfter(k)) {
                partTo = k;
                break;
            }
        }
        return new int[] {partFrom, partTo};
    }

    // The "and" right before the action's verb (adverbs between), or -1.
    private int andBefore(ActionMatch act) {
        int k = beforeAdverbs(act);
        return is(k, AND) ? k : -1;
    }

    // The token before the action's verb and the adverbs right before it ("and then publicly voiced").
    private int beforeAdverbs(ActionMatch act) {
        int k = act.fromToken() - 1;
        while (k > from && (norm(k).endsWith("ly") || is(k, SEQUENCE_ADVERBS) || is(k, PERFECT))) {
            k--;
        }
        return k;
    }

    // Whether an action's verb follows the "and" at k (adverbs between): "and visited".
    private boolean actionStartingAfter(int k) {
        for (ActionMatch m : actions) {
            if (m.fromToken() > k && andBefore(m) == k) {
                return true;
            }
        }
        return false;
    }

    /**
     * "condemned the offensive and warned Russia", "denies any involvement and has blamed Kyiv": a
     * verb after "and" or a comma is no complement.
     */
    boolean coordinatedVerb(ActionMatch act) {
        int k = beforeAdverbs(act);
        return is(k, AND) || is(k, COMMA) || norm(k).equals("but");
    }

    /** The name right after a speech verb, or after its "to": "told Obama", "said to Merkel". */
    List<Ref> addressee(ActionMatch act) {
        int k = act.toToken();
        if (norm(k).equals("to")) {
            k++;
        } else if (!tokens.get(act.head()).norm().startsWith("tel") && !tokens.get(act.head()).norm().equals("told")) {
            return List.of(); // "said Moscow would...": Moscow is what is said, not who is told
        }
        int n = nameStartingAt(k);
        if (n >= 0 && is(names.get(n).to(), MEDIA)) {
            return List.of(); // "told Russian television": an outlet, no party
        }
        return n >= 0 && !names.get(n).place() ? List.of(new Ref(n, null)) : List.of();
    }

    private static final long MEDIA = WordClasses.of("television", "tv", "media", "radio", "journalists", "reporters",
            "newspaper", "press", "news", "outlets", "broadcaster", "channel");

    /** The agents after "by" of a passive verb: "by the foreign ministers of Germany, Poland and France". */
    List<Ref> agents(ActionMatch act) {
        // a comma ends the search: "was shot down..., in territory held by separatists" names who
        // holds the territory, not who fired
        for (int k = act.head() + 1; k < to && !boundary(k) && !(k >= act.toToken() && is(k, COMMA)); k++) {
            if (k >= act.toToken() && startsOtherAction(k, act)) {
                return List.of(); // "captured ... and sentenced by a Kyiv court": not this verb's agent
            }
            if (!norm(k).equals("by")) {
                continue;
            }
            for (int j = k + 1; j < to && j <= k + 5 && !boundary(j) && !is(j, COMMA); j++) {
                int n = nameStartingAt(j);
                if (n >= 0) {
                    return names.get(n).place() ? List.of() : following(n);
                }
            }
            return List.of();
        }
        return List.of();
    }

    /** A "<verb>ing" after a comma or a name is a modifier, not an event: ", meeting in Brussels". */
    boolean modifier(ActionMatch act) {
        if (act.has(ActionFlag.NOUN) || !tokens.get(act.head()).norm().endsWith("ing") || act.head() != act.fromToken()) {
            return false;
        }
        int k = act.head() - 1;
        if (is(k, COMMA)) {
            // "Putin, visiting Budapest, said": an appositive to a name reports a visit;
            // "..., striking cities" after the main clause's action elaborates it, as "a jet
            // crashed, killing ten" tells the crash's toll; but "made his first trip abroad, flying
            // to Washington" is the sentence's only action, and a cooperative one
            int before = nameEndingAt(k - 1);
            boolean appositive = before >= 0 && !names.get(before).place()
                    && !is(before(names.get(before)), TARGET_SKIPPERS) && !norm(before(names.get(before))).equals("of");
            // but a verbal act after it is an act of its own ("ended the ceasefire, accusing the
            // rebels of breaking it" is an accusation made, "adopted a resolution, endorsing the
            // package" an endorsement)
            return !appositive && !verbal(act) && (actionBefore(act) || act.code().quadClass() > 2);
        }
        return nameEndingAt(k) >= 0 && !norm(k).equals("'s");
    }

    // Words, cooperative or hostile (quad classes 1 and 3): "adopted a resolution, endorsing the
    // package", "ended the ceasefire, accusing the rebels of breaking it"; but not consulting
    // ("spoke by telephone, discussing the war": what the call was about).
    private static boolean verbal(ActionMatch act) {
        int quad = act.code().quadClass();
        return quad == 1 && !act.code().root().equals("04") || quad == 3;
    }

    // Whether another action of the sentence ends before act starts ("since the Russian invasion"
    // names a known event, no action of the sentence).
    private boolean actionBefore(ActionMatch act) {
        for (ActionMatch m : actions) {
            if (m != act && m.toToken() <= act.fromToken() && !(m.has(ActionFlag.NOUN) && definite(m))) {
                return true;
            }
        }
        return false;
    }

    /** "a deal brokered by Lukashenko": a participle with its agent, a passive without "was". */
    boolean reducedPassive(ActionMatch act) {
        if (victimsParticiple(act)) {
            return true;
        }
        String n = tokens.get(act.head()).norm();
        if (act.head() != act.fromToken() || !n.endsWith("ed") || !norm(act.toToken()).equals("by")) {
            return false;
        }
        for (int k = act.head() + 1; k < act.toToken(); k++) {
            if (!PARTICLES.contains(norm(k))) {
                return false; // "resumed talks by video link": the verb has its object, it is no participle
            }
        }
        return true;
    }

    // "the 298 people killed when the airliner was shot down": a participle after the victims, with
    // no object of its own (not "Russian troops killed five civilians").
    private boolean victimsParticiple(ActionMatch act) {
        int head = act.head();
        if (head != act.fromToken() || head - 1 < from || !VICTIM_PARTICIPLES.contains(norm(head))
                || !lowercaseWord(head - 1) || !(norm(head - 1).endsWith("s") || norm(head - 1).equals("people")
                || norm(head - 1).equals("children"))) {
            return false;
        }
        int next = act.toToken();
        return next >= to || AFTER_VICTIMS_PARTICIPLE.contains(norm(next))
                && !(norm(next).equals("at") && next + 1 < to && norm(next + 1).equals("least")); // "killed at least seven"
    }

    private static final Set<String> VICTIM_PARTICIPLES = Set.of("killed", "wounded", "injured");
    // what follows such a participle: when, where or how, never an object
    private static final Set<String> AFTER_VICTIMS_PARTICIPLE = Set.of("when", "in", "on", "at", "during", "as",
            "after", "since", "while", "near", "and", "or", ",", ".", "by", "last", "overnight", "yesterday");

    // (a set, not a word list: read only after a participle before "by")
    private static final Set<String> PARTICLES = Set.of("on", "upon", "off", "out", "down", "up", "over", "back");

    /**
     * "pulled out of the Black Sea grain deal brokered by the United Nations": a participle
     * describing a thing already named with "the" tells how it came about, not a new event
     * (unlike "a deal brokered by Lukashenko").
     */
    boolean describesKnownThing(ActionMatch act) {
        int before = act.fromToken() - 1;
        if (!reducedPassive(act) || is(before, BE) || is(before, PASSIVE_AUXILIARIES)) {
            return false; // "was mediated by Turkey": a passive told, not a description
        }
        for (int k = before; k >= from && k >= act.fromToken() - 6; k--) {
            if (is(k, DEFINITE)) {
                return true;
            }
            if (boundary(k) || is(k, COMMA) || is(k, PASSIVE_AUXILIARIES) || is(k, BE) || is(k, DESCRIPTION_STOPS)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Yulia Tymoshenko, the former prime minister jailed since 2011, was released": a participle
     * in an apposition to a name describes the person (she was jailed); it tells no new deed of
     * hers, nor of anyone the sentence names.
     */
    boolean describesNamedPerson(ActionMatch act) {
        int head = act.head();
        if (head != act.fromToken() || head - 1 < from || !tokens.get(head).norm().endsWith("ed")
                || !lowercaseWord(head - 1) || is(head - 1, BE) || is(head - 1, PASSIVE_AUXILIARIES)
                || act.toToken() < to && !is(act.toToken(), APPOSITION_PARTICIPLE_FOLLOWERS)) {
            return false;
        }
        for (int k = head - 2; k > from && k >= head - 6; k--) {
            if (is(k, ARTICLES_AND_POSSESSIVES)) {
                int name = is(k - 1, COMMA) ? nameEndingAt(k - 2) : -1;
                return name >= 0 && names.get(name).person();
            }
            if (!lowercaseWord(k)) {
                return false;
            }
        }
        return false;
    }

    // What follows such a participle: its time or place, not an object ("jailed since 2011")
    private static final long APPOSITION_PARTICIPLE_FOLLOWERS = WordClasses.of("since", "in", "for", "at", "on",
            "during", "after", "until", "last", ",");

    /**
     * "the Russian invasion", "of the annexation": a noun after a determiner names a known event;
     * so does a possessive one in a phrase ("in response to Russia's invasion of Ukraine").
     */
    boolean definite(ActionMatch act) {
        int k = act.fromToken() - 1;
        boolean possessive = norm(k).equals("'s");
        if (possessive) {
            k--;
        }
        if (nameEndingAt(k) >= 0) {
            k = names.get(nameEndingAt(k)).from() - 1;
        }
        return is(k, DEFINITE) || possessive && (is(k, REFERRING_PREPOSITIONS) || objectOfAnAction(k + 1));
    }

    // "condemned Russia's annexation": the words from k on are the object of an action before them
    private boolean objectOfAnAction(int k) {
        for (ActionMatch other : actions) {
            if (other.toToken() == k && !other.has(ActionFlag.SPEECH)) {
                return true;
            }
        }
        return false;
    }

    /** True when a speech action comes before action a: what it says is reported. */
    boolean reported(int a) {
        for (int p = 0; p < a; p++) {
            if (actions.get(p).has(ActionFlag.SPEECH)) {
                return true;
            }
        }
        return false;
    }

    /** For a noun: the name just before it ("Russia's invasion", "Russian shelling") or its "by" agent. */
    List<Ref> possessor(ActionMatch act) {
        int k = act.fromToken() - 1;
        if (norm(k).equals("'s")) {
            k--;
        }
        int n = nameEndingAt(k);
        if (n >= 0 && !names.get(n).place()) {
            return List.of(new Ref(n, null));
        }
        if (norm(act.toToken()).equals("by")) {
            int j = act.toToken() + 1;
            if (norm(j).equals("the")) {
                j++;
            }
            int m = nameStartingAt(j);
            if (m >= 0 && !names.get(m).place()) {
                return List.of(new Ref(m, null));
            }
        }
        int between = act.toToken();
        while (between < to && between < act.toToken() + 4 && WHEN_WORDS.contains(norm(between))) {
            between++; // "a four-way telephone call on Tuesday night between ..."
        }
        if (norm(between).equals("between") && nameStartingAt(between + 1) >= 0) {
            return following(nameStartingAt(between + 1)); // "a telephone conversation between Poroshenko and Putin"
        }
        return opening(act);
    }

    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    // Words of a short time phrase right after a noun: "on Tuesday night", "late on Monday".
    private static final Set<String> WHEN_WORDS = Stream.concat(WEEKDAYS.stream(),
            Stream.of("on", "late", "early", "last", "this", "night", "morning", "afternoon", "evening", "today",
                    "yesterday")).collect(Collectors.toUnmodifiableSet());

    /**
     * "In a telephone call on Monday, Putin urged...", "Lavrov, in a telephone call with ...,": a noun
     * in an opening phrase or an aside belongs to the subject it introduces.
     */
    private List<Ref> opening(ActionMatch act) {
        int k = prepositionBefore(act);
        if (k < 0) {
            return List.of();
        }
        if (k > from + 1 && is(k - 1, COMMA) && nameEndingAt(k - 2) >= 0 && !names.get(nameEndingAt(k - 2)).place()) {
            return List.of(new Ref(nameEndingAt(k - 2), null)); // "Lavrov, in a telephone call with ..., said"
        }
        if (k != from) {
            return List.of();
        }
        for (int c = act.toToken(); c < to && c < act.toToken() + 12; c++) {
            if (is(c, COMMA)) {
                int n = nameStartingAt(c + 1);
                return n >= 0 && !names.get(n).place() ? List.of(new Ref(n, null)) : List.of();
            }
        }
        return List.of();
    }

    /**
     * "accused the opposition on Saturday of failing to keep its side of the bargain in a
     * telephone call with his German counterpart": a noun in a phrase after the sentence's start,
     * which belongs to the verb before it.
     */
    boolean inPhraseAfterVerb(ActionMatch act) {
        return prepositionBefore(act) > from;
    }

    // The "in", "during", "after" or "at" before a noun and its articles ("in a telephone call"), or -1.
    private int prepositionBefore(ActionMatch act) {
        int k = act.fromToken() - 1;
        while (k > from && is(k, ARTICLES_AND_POSSESSIVES)) {
            k--;
        }
        return is(k, OPENING_PREPOSITIONS) ? k : -1;
    }

    /** The name after "with" right behind a noun: "a telephone call with his German counterpart". */
    List<Ref> partner(ActionMatch act) {
        int j = act.toToken();
        if (norm(j - 1).equals("with")) {
            j--; // the phrase ends in it: "a call on Monday with"
        }
        if (!norm(j).equals("with")) {
            return List.of();
        }
        j++;
        if (is(j, THE_OR_POSSESSIVE)) {
            j++;
        }
        int n = nameStartingAt(j);
        return n >= 0 && !names.get(n).place() ? following(n) : List.of();
    }

    /**
     * "fired missiles at Kyiv", "launched strikes across Ukraine": where force is used, the place
     * it is used at is its target (CAMEO's roots 18 to 20), though "met in Kyiv" names no target.
     */
    private boolean attackedPlace(ActionMatch act, int preposition) {
        return force(act) && is(preposition, FORCE_AT);
    }

    // Assault, fight, mass violence: actions done to a place, and so to the side it belongs to.
    private static boolean force(ActionMatch act) {
        String root = act.code().root();
        return root.equals("18") || root.equals("19") || root.equals("20");
    }

    /**
     * For force with no actor as its object, the place it was used on: the first place named
     * after the verb in its clause ("a drone hit a bus near Bilopillia"), else, for "the city"
     * or "the town" right after it, the last place the text named ("Russian forces had shelled
     * the city all night"). Empty for other actions, or when there is none.
     */
    List<Ref> placeAttacked(ActionMatch act, int clauseEnd, Context context) {
        if (!force(act) || act.passive()) {
            return List.of();
        }
        int k = act.toToken();
        if (is(k, OBJECT_PRONOUNS)) {
            return List.of(); // "fired on them": someone, not a place
        }
        for (int j = k; j < clauseEnd && !is(j, PLACE_SEARCH_ENDS) && !startsOtherAction(j, act); j++) {
            int n = nameStartingAt(j);
            if (n >= 0 && names.get(n).place() && (j == k || is(before(names.get(n)), PLACE_OF_FORCE))) {
                return List.of(new Ref(n, null));
            }
        }
        if (context != null && context.place() != null && is(k, THE_OR_POSSESSIVE) && is(k + 1, PLACE_NOUNS)) {
            return List.of(new Ref(-1, context.place()));
        }
        return List.of();
    }

    private static final long OBJECT_PRONOUNS = WordClasses.of("them", "him", "her", "it", "us", "me");
    // Where the place of a use of force stands ("near Bilopillia"), and not ("from Belgorod", "through the strait").
    private static final long PLACE_OF_FORCE = WordClasses.of("in", "near", "at", "on", "outside", "around", "across",
            "inside", "of", "into", "towards", "toward", "over", "throughout");
    // The clause of the action ends at a subordinate one: "rammed a tug as they tried to pass through".
    private static final long PLACE_SEARCH_ENDS = WordClasses.of("when", "after", "before", "once", "if", "unless",
            "whether", "as", "while", "because", "that", "which", "who", "and", "but");
    private static final long PLACE_NOUNS = WordClasses.of("city", "town", "village", "port", "region", "capital",
            "district", "settlement", "area", "suburb", "suburbs", "outskirts");

    /**
     * "launched British Storm Shadow missiles at targets in Kursk", "sent German tanks to
     * Ukraine": a name before the weapon a verb fires or sends says who made it, not at whom it
     * goes. ("struck Russian tanks" does name the target.)
     */
    private boolean makesTheWeapon(ActionMatch act, Name name) {
        if (!is(act.head(), WEAPON_VERBS)) {
            return false;
        }
        for (int k = name.to(); k < Math.min(to, name.to() + 3); k++) {
            if (is(k, WEAPONS)) {
                return true;
            }
        }
        return false;
    }

    // A comma inside a list of common nouns ("imports of meat, fish, dairy products, fruit and
    // vegetables from Canada"): lower-case words on both sides, the next comma or "and" within a
    // few words. Such a comma ends no clause.
    private boolean nounListComma(int comma) {
        if (!lowercaseWord(comma - 1)) {
            return false;
        }
        for (int j = comma + 1; j < to && j <= comma + 3; j++) {
            if (j > comma + 1 && (is(j, COMMA) || is(j, AND) || norm(j).equals("or"))) {
                return true;
            }
            String n = norm(j);
            if (!lowercaseWord(j) || n.endsWith("ing") || n.endsWith("ed") || is(j, AND) || is(j, BOUNDARIES)
                    || is(j, RELATIVES)) {
                return false;
            }
        }
        return false;
    }

    /** The objects of an action: the first names to its right in its clause, and those coordinated after. */
    List<Ref> targets(ActionMatch act, List<Ref> agents) {
        int[] rel = relativeOf(act.head());
        if (act.has(ActionFlag.GOVERNS) && addressesThatClause(act) && norm(act.toToken()).equals("that")) {
            int n = nameStartingAt(act.toToken() + 1 + (norm(act.toToken() + 1).equals("the") ? 1 : 0));
            if (n >= 0 && !names.get(n).place()) {
                return following(n); // "demanded that Russia withdraw": what is demanded is Russia's to do
            }
        }
        for (int k = act.head() + 1; k < to; k++) {
            if (boundary(k) || norm(k).equals("that") || is(k, COMMA) && !nounListComma(k)
                    || k >= act.toToken() && is(k, OBJECT_ENDERS)) {
                break; // "If Russia invades, the US will...", "returned after Lukashenko...": the object is in the clause
            }
            int[] r = relativeOf(k);
            if (r != null && r != rel) {
                break;
            }
            if (k >= act.toToken() && startsOtherAction(k, act)) {
                break;
            }
            List<Ref> group = group(k, false);
            if (group != null) {
                return group; // "urged both sides to agree a ceasefire"
            }
            int n = nameStartingAt(k);
            final int nn = n;
            // an agent, or the person holding an agent's title ("by French President Emmanuel Macron")
            if (n < 0 || agents.stream().anyMatch(g -> g.name() == nn
                    || g.name() >= 0 && names.get(g.name()).to() == names.get(nn).from())) {
                continue;
            }
            Name name = names.get(n);
            if (is(before(name), TARGET_SKIPPERS) && name.from() != act.toToken() && !attackedPlace(act, before(name))
                    || makesTheWeapon(act, name)) {
                k = name.to() - 1;
                continue;
            }
            return following(n);
        }
        return List.of();
    }

}
