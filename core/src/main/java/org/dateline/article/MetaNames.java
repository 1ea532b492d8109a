package org.dateline.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} elements by the names their property, name and itemprop attributes
 * give them, ignoring case as {@link String#equalsIgnoreCase} does: one look-up per metadata
 * rule instead of a scan of every meta and attribute.
 */
final class MetaNames {
    private static final String[] NAME_ATTRIBUTES = {"property", "name", "itemprop"};

    private final Map<String, List<Element>> byName = new HashMap<>();

    MetaNames(List<Element> metas) {
        for (Element meta : metas) {
            for (String attribute : NAME_ATTRIBUTES) {
                String value = meta.attr(attribute);
                if (value.isEmpty()) {
                    continue;
                }
                List<Element> named = byName.computeIfAbsent(fold(value), k -> new ArrayList<>());
                if (named.isEmpty() || named.get(named.size() - 1) != meta) {
                    named.add(meta); // once per meta, even when two of its attributes give the name
                }
            }
        }
    }

    /** The metas with this name, in page order. */
    List<Element> named(String name) {
        return byName.getOrDefault(fold(name), List.of());
    }

    /** Two strings are equal ignoring case exactly when their folds are equal. */
    static String fold(String s) {
        if (isFolded(s)) {
            return s; // most names are lower-case ASCII already: nothing to copy
        }
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        return new String(out);
    }

    /** ASCII without capitals: each character is its own fold. */
    private static boolean isFolded(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }
}
