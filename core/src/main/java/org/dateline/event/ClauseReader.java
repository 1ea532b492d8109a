package org.dateline.event;

import java.util.ArrayList;
import java.util.List;
import org.dateline.action.ActionFlag;
import org.dateline.action.ActionMatch;
import org.dateline.text.Token;

/**
 * Reads who does what to whom in one sentence, from the order of its actor names and action
 * phrases: subjects to the left of the verb (passing over relative clauses), objects to its
 * right, "by" agents of passive verbs, coordinated names ("Russia and Ukraine"), relative
 * clauses ("Putin, who met Macron, ..."), shared subjects ("Putin met Macron and signed..."),
 * complements of governing verbs ("warned Russia not to recognize") and the modality cues
 * before each verb. A light, rule-based reading: no parser.
 */
final class ClauseReader {
    /** An actor name of the sentence over tokens [from, to). */
    record Name(int from, int to, boolean place, boolean person) {
    }

    /** Who acts: a name of the sentence, or a pronoun resolved from context (name == -1). */
    record Ref(int name, Object resolved) {
    }

    /**
     * One action read: its subjects and objects, modality, the modality it takes when its
     * subjects are two or more parties acting together, the clause it sits in, and the part of
     * that clause a subordinating word ("since", "after") gives a time of its own.
     */
    record Reading(ActionMatch action, List<Ref> sources, List<Ref> targets, Modality modality,
                   Modality together, int clauseFrom, int clauseTo, int partFrom, int partTo) {
    }

    /** What pronouns refer to: the last person and the last other actor acting in the paragraph. */
    interface Context {
        Object person();

        /** The last person acted upon ("met Putin"), for "him" or "her" as an object; may be null. */
        Object personActedOn();

        /** The last place named ("Chernihiv"), for "the city" as what is attacked; may be null. */
        Object place();

        Object other();

        /**
         * Who speaks in a transcript ("President of Russia Vladimir Putin: ... We call on Kiev"),
         * for "we" and "I" as a subject; may be null.
         */
        Object speaker();

        /** The actors that last acted together ("Putin and Zelensky met"), for "they"; may be empty. */
        List<?> group();

        /**
         * The last parties that acted together in the article, kept while single actors act in
         * between: what "both sides" and "the two presidents" refer to; may be empty.
         */
        List<?> parties();
    }

    /**
     * What was read in a sentence: the readings, and what the reader found on the way that the
     * caller needs again (the relative-clause spans, the modality cues), so it is not looked for twice.
     */
    record SentenceReading(List<Reading> readings, List<int[]> relatives, ModalityCues.InSentence cues) {
        static final SentenceReading NONE = new SentenceReading(List.of(), List.of(), null);
    }

    private final ModalityCues cues;
    private final GroupPhrases groups;

    /** A reader with the modality cues and the phrases that refer to the last group of actors. */
    ClauseReader(ModalityCues cues, List<List<String>> groups) {
        this.cues = cues;
        this.groups = new GroupPhrases(groups);
        ClauseSubjects.declareWordLists(); // now: texts are looked up in the vocabulary before any is read
    }

    // Where the first saying verb after action a stands (else the sentence's end): what follows it
    // is said, and its conditions ("warned that London would pay if ...") are not action a's.
    private static int nextSaying(List<ActionMatch> actions, int a, int to) {
        for (int b = a + 1; b < actions.size(); b++) {
            ActionMatch later = actions.get(b);
            if (later.head() > actions.get(a).head() && (later.has(ActionFlag.SPEECH) || later.has(ActionFlag.GOVERNS))) {
                return later.head();
            }
        }
        return to;
    }

    /**
     * Reads the actions of the sentence made of tokens [from, to) of the token list, whose
     * {@link org.dateline.text.Vocabulary} ids are given.
     */
    SentenceReading read(List<Token> tokens, int[] ids, int from, int to, List<Name> names, List<ActionMatch> actions,
                         Context context) {
        if (actions.isEmpty()) {
            return SentenceReading.NONE; // no structure to build
        }
        ClauseSubjects s = new ClauseSubjects(tokens, ids, from, to, names, actions);
        s.groups(groups, context);
        ModalityCues.InSentence sentenceCues = cues.in(tokens, ids, from, to);
        List<Reading> out = new ArrayList<>();
        List<List<Ref>> sourcesSoFar = new ArrayList<>();
        Modality[] spoken = new Modality[actions.size()]; // of each speech action read so far
        for (int a = 0; a < actions.size(); a++) {
            ActionMatch act = actions.get(a);
            if (s.modifier(act)) {
                sourcesSoFar.add(List.of());
                continue;
            }
            List<Ref> sources;
            List<Ref> targets;
            boolean circumstance = false; // a noun saying where or how an earlier action was done
            if (act.has(ActionFlag.NOUN) && s.definite(act) || s.describesKnownThing(act) || s.describesNamedPerson(act)) {
                sourcesSoFar.add(List.of());
                continue; // "the Russian invasion": a known event referred to, not reported here
            }
            boolean passive = act.passive() || s.reducedPassive(act);
            List<Ref> inverted = act.has(ActionFlag.SPEECH) && !passive ? s.invertedSpeaker(act) : null;
            List<Ref> agents = passive ? s.agents(act) : List.of();
            if (act.has(ActionFlag.NOUN) && act.has(ActionFlag.MUTUAL)) {
                sources = s.possessor(act); // a call or talks: with whom is said by "with", nothing else
                if (sources.isEmpty() && s.inPhraseAfterVerb(act)) {
                    sources = s.shared(a, sourcesSoFar); // "accused the opposition in a call with ...": the accuser's call
                    if (sources.isEmpty()) {
                        sources = s.speakerBefore(a, sourcesSoFar); // "Putin told Macron in a phone call on Friday"
                    }
                    if (sources.isEmpty()) {
                        // "Biden had coordinated his message in a call on Monday with Macron": the
                        // clause's subject, though what it did is no action of the lexicon
                        sources = s.subjects(act, a, sourcesSoFar, context, false);
                    }
                    circumstance = true;
                }
                targets = s.partner(act);
                if (targets.isEmpty() && circumstance) {
                    targets = s.addresseeBefore(a); // "told Macron in a phone call": the call was with Macron
                }
            } else if (act.has(ActionFlag.NOUN)) {
                sources = s.possessor(act);
                targets = s.targets(act, agents);
            } else if (passive) {
                sources = agents;
                List<Ref> left = s.subjects(act, a, sourcesSoFar, context, true);
                targets = left.isEmpty() ? s.targets(act, agents) : left;
            } else if (inverted != null) {
                sources = inverted; // '"We will win," said Zelensky'
                targets = List.of();
            } else {
                sources = s.subjects(act, a, sourcesSoFar, context, false);
                // a speech verb's object is who is told ("told Obama"), never what is said
                targets = act.has(ActionFlag.SPEECH) ? s.addressee(act) : s.targets(act, List.of());
                if (targets.isEmpty()) {
                    targets = s.objectPronoun(act, sources, context); // "urged him to withdraw"
                }
            }
            sourcesSoFar.add(sources);
            if (act.has(ActionFlag.MUTUAL)) {
                s.actedTogether(sources.size() == 1 && targets.size() == 1 ? List.of(sources.get(0), targets.get(0)) : sources);
            }
            boolean reported = s.reported(a) && !sentenceCues.conditional();
            boolean saying = act.has(ActionFlag.GOVERNS) || act.has(ActionFlag.SPEECH);
            Modality m = sentenceCues.modality(s.windowStart(act, a), act.head(), act.passive(), reported,
                    saying ? act.head() : nextSaying(actions, a, to));
            int governor = circumstance ? -1 : s.governor(a);
            if (governor < 0 && !circumstance) {
                governor = s.governorOfSubject(a, sources);
            }
            if (governor >= 0) {
                boolean denial = actions.get(governor).code().code().equals("016");
                m = ModalityCues.stronger(m, denial ? Modality.NEGATED : Modality.HYPOTHETICAL);
            }
            if (unassertedReport(s, a, spoken)) {
                m = ModalityCues.stronger(m, Modality.HYPOTHETICAL); // "would then have claimed that Obama had confirmed"
            }
            if (act.has(ActionFlag.SPEECH)) {
                spoken[a] = m;
            }
            // "Russia and Ukraine agreed on Monday to exchange prisoners": planned if done together
            // ("agreed a deal", "agreed that elections must be held": the agreement itself is made)
            int lastCue = act.code().isAgreement() ? act.head() - 1 : act.head();
            // (a noun is no verb "agreed" can govern: "the truce was agreed in a call between ...")
            Modality together = act.has(ActionFlag.NOUN) ? Modality.ASSERTED : sentenceCues.joint(s.windowStart(act, a), lastCue);
            int[] clause = s.clause(act.head());
            if (!saying) {
                m = ModalityCues.stronger(m, s.subjectOfModal(act, clause[1]));
                m = ModalityCues.stronger(m, s.controlledModality(act));
            }
            if (targets.isEmpty() && !saying) {
                targets = s.placeAttacked(act, clause[1], context); // "hit a bus near Bilopillia", "shelled the city"
            }
            int[] part = s.timedPart(act, clause);
            out.add(new Reading(act, sources, targets, m, together, clause[0], clause[1], part[0], part[1]));
        }
        return new SentenceReading(sharedObjects(out, s), s.relatives, sentenceCues);
    }

    // "fired on and seized two Ukrainian gunboats": a verb right before "and" and another verb
    // shares that verb's object when it has none of its own.
    private static List<Reading> sharedObjects(List<Reading> readings, ClauseSubjects s) {
        for (int i = 0; i + 1 < readings.size(); i++) {
            Reading r = readings.get(i);
            Reading next = readings.get(i + 1);
            int and = r.action().toToken();
            if (r.targets().isEmpty() && !next.targets().isEmpty() && s.is(and, SentenceView.AND)
                    && next.action().fromToken() == and + 1 && !r.action().has(ActionFlag.SPEECH)) {
                readings.set(i, new Reading(r.action(), r.sources(), next.targets(), r.modality(), r.together(),
                        r.clauseFrom(), r.clauseTo(), r.partFrom(), r.partTo()));
            }
        }
        return readings;
    }

    // Whether action a is told by the nearest speech before it in its clause, and that speech is
    // only supposed or denied ("would have claimed that", "did not say that"): then what it tells
    // is not asserted either.
    private static boolean unassertedReport(ClauseSubjects s, int a, Modality[] spoken) {
        for (int p = a - 1; p >= 0; p--) {
            if (spoken[p] != null) {
                return spoken[p] != Modality.ASSERTED && spoken[p] != Modality.PLANNED
                        && s.clause(s.actions.get(p).head())[1] > s.actions.get(a).head();
            }
        }
        return false;
    }
}
