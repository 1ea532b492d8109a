package org.dateline.action;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.text.RuleFile;

/**
 * The written forms of a verb: "impose" gives impose, imposes, imposed, imposing. Regular forms
 * by rule (over-generating is harmless: "visitted" never occurs in text), irregular ones from
 * irregular-verbs.txt beside this class.
 */
public final class VerbForms {
    private final Map<String, Set<String>> irregular = new HashMap<>();
    private final Map<String, Set<String>> participles = new HashMap<>();
    private final Set<String> irregularPast = new java.util.HashSet<>();

    /** The bundled forms, read once and shared: immutable, so safe on any thread. */
    public static VerbForms standard() {
        return Bundled.FORMS;
    }

    private static final class Bundled {
        static final VerbForms FORMS = new VerbForms();
    }

    /** The forms of regular verbs by rule, of irregular ones from irregular-verbs.txt. */
    private VerbForms() {
        for (RuleFile.Line l : RuleFile.resource(VerbForms.class, "irregular-verbs.txt")) {
            Set<String> forms = new LinkedHashSet<>();
            Set<String> parts = new LinkedHashSet<>();
            for (String s : l.field(1).split(";")) {
                forms.add(s.strip());
                irregularPast.add(s.strip());
            }
            for (String s : l.field(2).split(";")) {
                forms.add(s.strip());
                parts.add(s.strip());
            }
            irregular.put(l.field(0), forms);
            participles.put(l.field(0), parts);
        }
    }

    /** Whether a word (lower case) is a past-tense form: "signed", or an irregular past ("said", "wrote"). */
    public boolean past(String form) {
        return form.endsWith("ed") || irregularPast.contains(form);
    }

    /** Every form of the verb, lower case. */
    public Set<String> of(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lemma);
        out.addAll(irregular.getOrDefault(lemma, Set.of()));
        out.add(thirdPerson(lemma));
        out.addAll(regularPast(lemma));
        out.addAll(ing(lemma));
        return out;
    }

    /** The forms that can follow "was"/"were" in a passive: past participles. */
    Set<String> participles(String lemma) {
        Set<String> out = new LinkedHashSet<>(regularPast(lemma));
        out.addAll(participles.getOrDefault(lemma, Set.of()));
        return out;
    }

    private static String thirdPerson(String v) {
        if (v.matches(".*(s|x|z|ch|sh|o)")) {
            return v + "es";
        }
        if (v.matches(".*[^aeiou]y")) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v + "s";
    }

    private static List<String> regularPast(String v) {
        if (v.endsWith("e")) {
            return List.of(v + "d");
        }
        if (v.matches(".*[^aeiou]y")) {
            return List.of(v.substring(0, v.length() - 1) + "ied");
        }
        if (doubles(v)) {
            return List.of(v + "ed", v + v.charAt(v.length() - 1) + "ed");
        }
        return List.of(v + "ed");
    }

    private static List<String> ing(String v) {
        if (v.endsWith("ie")) {
            return List.of(v.substring(0, v.length() - 2) + "ying");
        }
        if (v.endsWith("e") && !v.endsWith("ee")) {
            return List.of(v.substring(0, v.length() - 1) + "ing");
        }
        if (doubles(v)) {
            return List.of(v + "ing", v + v.charAt(v.length() - 1) + "ing");
        }
        return List.of(v + "ing");
    }

    // Consonant-vowel-consonant endings may double: ban, banned; slap, slapped; admit, admitted.
    private static boolean doubles(String v) {
        return v.matches(".*[^aeiou][aeiou][^aeiouwxy]");
    }
}
