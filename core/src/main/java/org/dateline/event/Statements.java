package org.dateline.event;

import java.util.List;
import java.util.Set;
import org.dateline.action.ActionFlag;
import org.dateline.action.ActionMatch;
import org.dateline.text.Token;

/**
 * Whether what a speech verb reads as is a statement made (a 010): not when its sentence holds
 * another action stated as fact, and not when its speaker names no one ("one EU diplomat
 * said", "..., traders said"). The rules of {@code samples/gold/README.md}, section 4.
 */
final class Statements {
    private Statements() {
    }

    // What a timeline shows: what happened or is planned, not what was denied or imagined.
    private static boolean scored(Modality m) {
        return m == Modality.ASSERTED || m == Modality.PLANNED;
    }

    // Whether a statement's sentence holds another action, or (said in an aside) is not plainly
    // asserted: then the statement is no 010. A statement that something did not happen ("said
    // there had been no breakthrough") or would happen only if ("would resume nuclear tests only
    // if the United States did so first") is still a statement made.
    static boolean heldBack(List<ClauseReader.Reading> readings, List<Token> tokens, List<ClauseReader.Name> names,
                            List<int[]> relatives, ModalityCues.InSentence cues, boolean parenthetical, int from,
                            int to) {
        boolean otherScored = false;
        for (ClauseReader.Reading r : readings) {
            otherScored |= statedAsFact(r, readings, tokens, names, relatives, to);
        }
        return otherScored
                || parenthetical && cues.modality(from, to, true, false, true) != Modality.ASSERTED;
    }

    // Whether r is another action stated as fact that what is said holds. A vote or an election
    // (X02, X03) is no event of gold's: it holds no statement back; nor does an aside about the
    // speaker ("von der Leyen, who was visiting Kyiv, said"), a clause of its own before the saying
    // ("Zelensky dismissed the offer, and Stoltenberg said"), a passive or a noun with no one acting
    // or acted on ("said one soldier had been wounded in shelling"; "officers arrested a man" is an
    // act of someone, if no actor of ours), or a description of who was told.
    private static boolean statedAsFact(ClauseReader.Reading r, List<ClauseReader.Reading> readings,
                                        List<Token> tokens, List<ClauseReader.Name> names, List<int[]> relatives,
                                        int to) {
        ActionMatch act = r.action();
        boolean nobody = (act.passive() || act.has(ActionFlag.NOUN) || thingActs(act, tokens))
                && r.sources().isEmpty() && r.targets().isEmpty();
        return !act.has(ActionFlag.SPEECH) && scored(r.modality()) && !nobody
                && !act.code().code().equals("X02") && !act.code().code().equals("X03")
                && !asideBeforeSpeech(act, relatives, readings)
                && !clauseBeforeSpeech(act, tokens, names, readings)
                && !inAddressee(act, tokens, readings, to);
    }

    // A thing, not someone, does it: "a projectile had hit the training centre" names no one who acted.
    private static boolean thingActs(ActionMatch act, List<Token> tokens) {
        int k = act.fromToken() - 1;
        if (k >= 0 && AUXILIARIES.contains(tokens.get(k).norm())) {
            k--;
        }
        return k >= 0 && THINGS.contains(tokens.get(k).norm());
    }

    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "was", "were");
    private static final Set<String> THINGS = Set.of("projectile", "projectiles", "missile", "missiles", "rocket",
            "rockets", "shell", "shells", "drone", "drones", "bomb", "bombs", "explosion", "explosions", "blast", "fire");

    // An action in a relative clause that closes before a speech verb: it tells of the speaker
    private static boolean asideBeforeSpeech(ActionMatch act, List<int[]> relatives, List<ClauseReader.Reading> readings) {
        for (int[] rel : relatives) {
            if (act.head() >= rel[0] && act.head() < rel[1]) {
                for (ClauseReader.Reading r : readings) {
                    if (r.action().has(ActionFlag.SPEECH) && r.action().head() >= rel[1]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // An action between "told" and the "that" of what was told describes who was told ("told
    // thousands of people gathered at the Royal Castle that ..."): it is not what was said.
    private static boolean inAddressee(ActionMatch act, List<Token> tokens, List<ClauseReader.Reading> readings,
                                       int to) {
        for (ClauseReader.Reading r : readings) {
            ActionMatch speech = r.action();
            if (!speech.has(ActionFlag.SPEECH) || !TOLD.contains(tokens.get(speech.head()).norm())
                    || speech.toToken() > act.fromToken()) {
                continue;
            }
            for (int k = speech.toToken(); k < to && !tokens.get(k).norm().equals(","); k++) {
                if (tokens.get(k).norm().equals("that")) {
                    return k >= act.toToken();
                }
            }
        }
        return false;
    }

    private static final Set<String> TOLD = Set.of("tell", "tells", "told", "telling");

    // An action followed by ", and", ", but" or ";" before every speech verb of the sentence, each
    // with a speaker of its own named after that mark
    private static boolean clauseBeforeSpeech(ActionMatch act, List<Token> tokens, List<ClauseReader.Name> names,
                                              List<ClauseReader.Reading> readings) {
        boolean anyAfter = false;
        for (ClauseReader.Reading r : readings) {
            ActionMatch speech = r.action();
            if (!speech.has(ActionFlag.SPEECH)) {
                continue;
            }
            if (speech.fromToken() <= act.head()) {
                return false; // what is said, or said of it
            }
            anyAfter = true;
            int split = -1;
            for (int k = act.toToken(); k < speech.fromToken() && split < 0; k++) {
                String w = tokens.get(k).norm();
                if (w.equals(";") || w.equals(",") && k + 1 < speech.fromToken()
                        && (tokens.get(k + 1).norm().equals("and") || tokens.get(k + 1).norm().equals("but"))) {
                    split = k;
                }
            }
            int speaker = r.sources().isEmpty() ? -1 : r.sources().get(0).name();
            if (split < 0 || speaker < 0 || names.get(speaker).from() <= split) {
                return false; // "visited Bucha on Monday, ..., and said": one subject's two acts
            }
        }
        return anyAfter;
    }

    private static final Set<String> INDEFINITE = Set.of("a", "an", "one");
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");
    private static final Set<String> UNNAMED_PEOPLE = Set.of("officials", "diplomats", "sources", "analysts",
            "experts", "observers", "insiders", "lawmakers", "legislators");

    // "a senior US defence official said", "one EU diplomat said": an unnamed speaker ("a State
    // Department spokeswoman said" speaks for her institution)
    static boolean anonymous(List<Token> tokens, int from, ClauseReader.Ref source, List<ClauseReader.Name> names) {
        if (source.name() < 0) {
            return false;
        }
        int after = names.get(source.name()).to();
        if (after < tokens.size() && SPOKESPEOPLE.contains(tokens.get(after).norm())) {
            return false;
        }
        boolean unnamed = UNNAMED_PEOPLE.contains(tokens.get(after - 1).norm()) // "US officials" as one name
                || after < tokens.size() && UNNAMED_PEOPLE.contains(tokens.get(after).norm());
        if (unnamed && !names.get(source.name()).person()) {
            return true; // "US officials said", "Western diplomats said": no one in particular
        }
        for (int k = after; k < tokens.size() && k < after + 12 && !SENTENCE_ENDS.contains(tokens.get(k).norm()); k++) {
            if (tokens.get(k).norm().startsWith("anonym")) {
                return true; // "Some US officials, speaking anonymously to American media, said"
            }
        }
        int k = names.get(source.name()).from() - 1;
        for (int skipped = 0; skipped < 3 && k >= from && Character.isLowerCase(tokens.get(k).text().charAt(0))
                && !INDEFINITE.contains(tokens.get(k).norm()); skipped++) {
            k--;
        }
        // ("Denis Pushilin, a leader of the self-proclaimed republic, said": an apposition to a name)
        return k >= from && INDEFINITE.contains(tokens.get(k).norm())
                && !(k > from && tokens.get(k - 1).norm().equals(",") && personEndsAt(names, k - 1));
    }

    // Whether the name of a person ends right before token k.
    private static boolean personEndsAt(List<ClauseReader.Name> names, int k) {
        for (ClauseReader.Name n : names) {
            if (n.to() == k && n.person()) {
                return true;
            }
        }
        return false;
    }

    // "..., traders said", '...," Commerzbank analyst Carsten Fritsch said': the words between the
    // comma and the speech verb are the speaker, and name no actor; a name before the comma
    // belongs to what is said.
    static boolean unnamedAttribution(List<Token> tokens, int from, ActionMatch act, ClauseReader.Ref source,
                                      List<ClauseReader.Name> names) {
        int k = act.fromToken() - 1;
        int words = 0;
        boolean speaker = false; // "traders", not only "had", "also" ("Charles Michel, had said")
        while (k >= from && words < 5 && tokens.get(k).isWord()) {
            speaker |= !NOT_SPEAKERS.contains(tokens.get(k).norm());
            k--;
            words++;
        }
        while (k >= from && "\"”’'".contains(tokens.get(k).text())) {
            k--; // '..., Russia failed to fulfil its cuts," the analysts said'
        }
        if (!(speaker && k >= from && tokens.get(k).norm().equals(","))) {
            return false;
        }
        if (source.name() < 0) {
            // a pronoun read as the speaker stands before the comma, in what is said ("... than
            // they would cost America, one European official conceded"), unless it is among the words
            for (int j = k + 1; j < act.fromToken(); j++) {
                if (PRONOUNS.contains(tokens.get(j).norm())) {
                    return false;
                }
            }
            return true;
        }
        if (names.get(source.name()).to() > k) {
            return false;
        }
        for (ClauseReader.Name n : names) {
            // "France, Germany and Russia said": the words after the comma name one ("officials in
            // Kyiv said": a capital after "in" is where they are, not who)
            if (n.from() > k && n.to() <= act.fromToken() && !n.place() && !tokens.get(n.from() - 1).norm().equals("in")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    private static final Set<String> NOT_SPEAKERS = Set.of("had", "has", "have", "also", "then", "later", "again",
            "earlier", "previously", "repeatedly", "once", "further", "was", "were");
}
