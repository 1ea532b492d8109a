package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words the rule sets of the events stage are written with (the action lexicon's, the
 * gazetteer's names, the reading rules' word lists, the modality cues), each given one number
 * for the whole process. A text's tokens are looked up once, as they are cut
 * ({@link Tokenizer#tokenizeWithIds}); the rule sets then index their rules by these numbers
 * instead of hashing the same words again, each in its own map. A rule set adds its words when
 * it is built; a word none names is {@link #UNKNOWN}. Thread-safe.
 */
public final class Vocabulary {
    /** The id of a word no rule set names. */
    public static final int UNKNOWN = -1;

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final List<String> WORDS = new ArrayList<>(); // by id: ids are 0 to size - 1
    // The words as a table looked up from a text's characters; rebuilt when first asked after an
    // add (rule sets add their words when built, before texts are read)
    private static volatile WordTable table;

    private Vocabulary() {
    }

    /** The id of a word (a normal form, see {@link Token#normalize}), a new one when first added. */
    public static synchronized int add(String word) {
        Integer id = IDS.get(word);
        if (id == null) {
            id = WORDS.size();
            WORDS.add(word);
            IDS.put(word, id);
            table = null;
        }
        return id;
    }

    /** The id of a word, or {@link #UNKNOWN}. */
    public static int id(String word) {
        Integer id = IDS.get(word);
        return id == null ? UNKNOWN : id;
    }

    /** The word of an id given. */
    public static synchronized String word(int id) {
        return WORDS.get(id);
    }

    /** Number of ids given so far: every id is below it. */
    public static synchronized int size() {
        return WORDS.size();
    }

    /** The ids of the tokens' normal forms, in order. */
    public static int[] ids(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = id(tokens.get(i).norm());
        }
        return out;
    }

    /** The vocabulary as it is now, to look words up in from a text's characters. */
    static WordTable table() {
        WordTable t = table;
        return t != null ? t : rebuild();
    }

    private static synchronized WordTable rebuild() {
        if (table == null) {
            table = new WordTable(IDS);
        }
        return table;
    }
}
