package org.dateline.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import org.dateline.ArticleEvents;
import org.dateline.actor.Actor;
import org.dateline.article.Article;
import org.dateline.event.Event;

/**
 * The JSON document {@code extract} prints. The field names and meanings are a contract that
 * users script against (README, "Output"): add fields, never rename them.
 */
public final class JsonReport {
    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting()
            .disableHtmlEscaping().create();

    private JsonReport() {
    }

    /** {"articles": [...]} for the given results. */
    public static String toJson(List<ArticleEvents> results) {
        JsonArray articles = new JsonArray();
        results.forEach(r -> articles.add(article(r)));
        JsonObject root = new JsonObject();
        root.add("articles", articles);
        return GSON.toJson(root);
    }

    static JsonObject article(ArticleEvents result) {
        Article a = result.article();
        JsonObject o = new JsonObject();
        o.addProperty("file", a.source());
        o.addProperty("title", a.title());
        o.addProperty("published", a.published() == null ? null : a.published().date().toString());
        o.addProperty("publishedFrom", a.published() == null ? null : a.published().method());
        JsonArray problems = new JsonArray();
        a.problems().forEach(problems::add);
        o.add("problems", problems);
        JsonArray events = new JsonArray();
        result.events().forEach(e -> events.add(event(e)));
        o.add("events", events);
        return o;
    }

    static JsonObject event(Event e) {
        JsonObject o = new JsonObject();
        o.addProperty("date", e.date());
        if (e.end() != null) {
            o.addProperty("end", e.end());
        }
        o.addProperty("dateSource", e.dateSource().json());
        o.addProperty("dateText", e.dateText());
        o.addProperty("cameo", e.action().code());
        o.addProperty("action", e.action().label());
        o.addProperty("quadClass", e.action().quadClass());
        o.addProperty("goldstein", e.action().goldstein());
        o.addProperty("trigger", e.trigger());
        o.add("source", actor(e.source()));
        o.add("target", actor(e.target()));
        o.addProperty("modality", e.modality().json());
        JsonObject evidence = new JsonObject();
        evidence.addProperty("text", e.evidence().text());
        evidence.addProperty("start", e.evidence().start());
        evidence.addProperty("end", e.evidence().end());
        o.add("evidence", evidence);
        return o;
    }

    private static JsonElement actor(Actor actor) {
        if (actor == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        o.addProperty("name", actor.name());
        o.addProperty("entity", actor.entity());
        o.addProperty("role", actor.role());
        return o;
    }
}
