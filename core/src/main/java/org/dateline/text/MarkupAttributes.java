package org.dateline.text;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The attributes of an element that say what it is (its class, id and labels, whether it is
 * hidden, its role), read in one pass over its attributes instead of one search per name. Each
 * value is what {@link Element#attr} gives for the name: the first attribute whose name equals
 * it, ignoring the case of ASCII letters, or "" (so also for an attribute without a value, which
 * {@code present} tells apart).
 */
final class MarkupAttributes {
    String classes;
    String id;
    String ariaLabel;
    String ariaHidden;
    String style;
    String itemprop;
    String role;
    /** Whether a data attribute names a paywall ({@code data-paywall="true"}). */
    boolean paywallData;
    /** Which of the names above, and {@code hidden}, the element has (bits of {@link Name}). */
    private int present;

    private enum Name { CLASS, ID, ARIA_LABEL, ARIA_HIDDEN, STYLE, ITEMPROP, ROLE, HIDDEN }

    /** Reads an element's attributes, forgetting the last element's. */
    MarkupAttributes read(Element e) {
        classes = "";
        id = "";
        ariaLabel = "";
        ariaHidden = "";
        style = "";
        itemprop = "";
        role = "";
        present = 0;
        paywallData = false;
        if (e.attributesSize() == 0) {
            return this;
        }
        for (Attribute a : e.attributes()) {
            String key = a.getKey();
            if (key.startsWith("data-") && key.contains("paywall")) {
                paywallData = true;
            }
            Name name = nameOf(key);
            if (name == null || has(name)) {
                continue; // not looked at, or not the first of its name
            }
            present |= 1 << name.ordinal();
            String value = a.getValue();
            switch (name) {
                case CLASS -> classes = value;
                case ID -> id = value;
                case ARIA_LABEL -> ariaLabel = value;
                case ARIA_HIDDEN -> ariaHidden = value;
                case STYLE -> style = value;
                case ITEMPROP -> itemprop = value;
                case ROLE -> role = value;
                case HIDDEN -> { }
            }
        }
        return this;
    }

    boolean hasHidden() {
        return has(Name.HIDDEN);
    }

    boolean hasStyle() {
        return has(Name.STYLE);
    }

    boolean hasRole() {
        return has(Name.ROLE);
    }

    private boolean has(Name name) {
        return (present & 1 << name.ordinal()) != 0;
    }

    private static Name nameOf(String key) {
        // The parser lower-cases names; one that was kept as written is folded here.
        return switch (Ascii.lowerAscii(key)) {
            case "class" -> Name.CLASS;
            case "id" -> Name.ID;
            case "aria-label" -> Name.ARIA_LABEL;
            case "aria-hidden" -> Name.ARIA_HIDDEN;
            case "style" -> Name.STYLE;
            case "itemprop" -> Name.ITEMPROP;
            case "role" -> Name.ROLE;
            case "hidden" -> Name.HIDDEN;
            default -> null;
        };
    }
}
