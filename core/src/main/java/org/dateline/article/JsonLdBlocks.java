package org.dateline.article;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A page's JSON-LD blocks, each parsed only when a field is looked for that its text can hold, and
 * then once: a block whose text does not contain the field's name (nor a {@code \}{@code u} escape,
 * the only way JSON spells a letter otherwise) cannot have it as a key, so it is not parsed for it.
 * Broken blocks are left out: they are just not evidence.
 */
final class JsonLdBlocks {
    private final List<String> texts = new ArrayList<>();
    private final JsonElement[] parsed;
    private final boolean[] tried;

    JsonLdBlocks(List<Element> scripts) {
        for (Element script : scripts) {
            texts.add(script.data());
        }
        parsed = new JsonElement[texts.size()];
        tried = new boolean[texts.size()];
    }

    /** The parsed blocks, in page order, that may hold {@code field} as a key. */
    List<JsonElement> thatMayHold(String field) {
        List<JsonElement> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (!text.contains(field) && !text.contains("\\u")) {
                continue;
            }
            if (!tried[i]) {
                tried[i] = true;
                try {
                    parsed[i] = JsonParser.parseString(text);
                } catch (JsonParseException e) {
                    // broken: stays null
                }
            }
            if (parsed[i] != null) {
                out.add(parsed[i]);
            }
        }
        return out;
    }
}
