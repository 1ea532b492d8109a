package org.dateline.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a gold file (format: samples/gold/README.md). Every problem becomes a
 * {@link GoldException} naming the field at fault, so a bad file costs one line, not a run.
 */
public final class GoldReader {
    /** The modalities gold lists; negated and hypothetical sentences go to mustNot instead. */
    public static final Set<String> MODALITIES = Set.of("asserted", "planned");

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");

    private GoldReader() {
    }

    /** Reads a gold file. */
    public static GoldArticle read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses gold held in a string. */
    public static GoldArticle parse(String json) throws GoldException {
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject()) {
                throw new GoldException("not a JSON object");
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new GoldException("not valid JSON: " + firstLine(e.getMessage()));
        }
        String article = string(root, "article", "", false);
        if (article.isBlank()) {
            throw new GoldException("\"article\" is empty");
        }
        String published = string(root, "published", "", true);
        if (published != null && !DATE.matcher(published).matches()) {
            throw new GoldException("\"published\" is not an ISO date: " + published);
        }
        List<GoldEvent> events = new ArrayList<>();
        JsonArray array = array(root, "events");
        for (int i = 0; i < array.size(); i++) {
            events.add(event(array.get(i), "events[" + i + "]"));
        }
        List<String> mustNot = new ArrayList<>();
        JsonArray fragments = root.has("mustNot") ? array(root, "mustNot") : new JsonArray();
        for (int i = 0; i < fragments.size(); i++) {
            JsonElement f = fragments.get(i);
            if (!f.isJsonPrimitive() || !f.getAsJsonPrimitive().isString() || f.getAsString().isBlank()) {
                throw new GoldException("mustNot[" + i + "] is not a non-empty string");
            }
            mustNot.add(f.getAsString());
        }
        return new GoldArticle(article, published, events, mustNot);
    }

    private static GoldEvent event(JsonElement element, String where) throws GoldException {
        if (!element.isJsonObject()) {
            throw new GoldException(where + " is not an object");
        }
        JsonObject o = element.getAsJsonObject();
        String date = string(o, "date", where, false);
        if (!DATE.matcher(date).matches()) {
            throw new GoldException(where + ".date is not an ISO date: " + date);
        }
        String cameo = string(o, "cameo", where, false);
        if (!CAMEO.matcher(cameo).matches()) {
            throw new GoldException(where + ".cameo is not a CAMEO code of 2-4 digits: " + cameo);
        }
        String modality = string(o, "modality", where, false);
        if (!MODALITIES.contains(modality)) {
            throw new GoldException(where + ".modality must be one of " + MODALITIES + ": " + modality);
        }
        return new GoldEvent(date, cameo, string(o, "source", where, true),
                string(o, "target", where, true), modality, string(o, "evidence", where, true));
    }

    private static String string(JsonObject o, String name, String where, boolean nullable)
            throws GoldException {
        String field = where.isEmpty() ? "\"" + name + "\"" : where + "." + name;
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            if (nullable) {
                return null;
            }
            throw new GoldException(field + " is missing");
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new GoldException(field + " is not a string");
        }
        return e.getAsString();
    }

    private static JsonArray array(JsonObject o, String name) throws GoldException {
        JsonElement e = o.get(name);
        if (e == null || !e.isJsonArray()) {
            throw new GoldException("\"" + name + "\" is not an array");
        }
        return e.getAsJsonArray();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "parse error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
