package org.dateline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dateline.ArticleEvents;
import org.dateline.action.CameoCode;
import org.dateline.actor.Actor;
import org.dateline.article.Article;
import org.dateline.article.PublicationDate;
import org.dateline.event.DateSource;
import org.dateline.event.Event;
import org.dateline.event.Evidence;
import org.dateline.event.Modality;

/** Test events built straight from core records, so tests do not depend on the extractor. */
public final class Events {
    public static final Actor RUSSIA = new Actor("Russia", "RUS", "");
    public static final Actor UKRAINE = new Actor("Ukraine", "UKR", "");
    public static final Actor USA = new Actor("United States", "USA", "");
    public static final Actor NATO = new Actor("NATO", "NATO", "IGO");
    public static final CameoCode FIGHT = new CameoCode("190", "use conventional military force", 4, -10);
    public static final CameoCode RECOGNIZE = new CameoCode("054", "grant diplomatic recognition", 1, 3.4);
    public static final CameoCode AID = new CameoCode("070", "provide aid", 2, 7);
    public static final CameoCode ACCUSE = new CameoCode("112", "accuse", 3, -2);

    private Events() {
    }

    /** Seven events of one article, two on the same day in the same lane, one undated. */
    public static final ArticleEvents RECOGNITION = article("Russia recognizes regions", "2022-02-22", new Object[][] {
        {"2022-02-21", RUSSIA, RECOGNIZE, UKRAINE, "Russia recognized the two regions on Monday."},
        {"2022-02-22", USA, ACCUSE, RUSSIA, "The United States condemned the decision."},
        {"2022-02-24", RUSSIA, FIGHT, UKRAINE, "Russian troops attacked Ukraine on Thursday."},
        {"2022-02-24", RUSSIA, FIGHT, UKRAINE, "Missiles struck Kyiv the same day."},
        {"2022-03", USA, AID, UKRAINE, "Washington will send more aid in March.", Modality.PLANNED},
        {"2022-02-25", NATO, FIGHT, RUSSIA, "NATO did not strike Russian forces.", Modality.NEGATED},
        {null, UKRAINE, ACCUSE, RUSSIA, "Ukraine has long accused Russia."},
    });

    public static Event event(String date, Actor source, CameoCode action, Actor target, Modality modality,
                              String sentence, int start) {
        return new Event(date, null, DateSource.EXPLICIT, date, action, action.label(), source, target,
                modality, new Evidence(sentence, start, start + sentence.length()));
    }

    /** An article whose text is its sentences joined by spaces, with one event per sentence. */
    public static ArticleEvents article(String title, String published, Object[][] rows) {
        StringBuilder text = new StringBuilder();
        List<Event> events = new ArrayList<>();
        for (Object[] r : rows) {
            if (text.length() > 0) {
                text.append(' ');
            }
            String sentence = (String) r[4];
            events.add(event((String) r[0], (Actor) r[1], (CameoCode) r[2], (Actor) r[3],
                    r.length > 5 ? (Modality) r[5] : Modality.ASSERTED, sentence, text.length()));
            text.append(sentence);
        }
        Article a = new Article(title.replace(' ', '-') + ".html", title, text.toString(),
                new PublicationDate(LocalDate.parse(published), "test"), List.of());
        return new ArticleEvents(a, events);
    }

    /** A realistic spread of {@code n} events over 2014 to 2024, reproducible from the seed. */
    public static List<ArticleEvents> synthetic(int n, long seed) {
        Random rnd = new Random(seed);
        Actor[] actors = {RUSSIA, UKRAINE, USA, NATO, new Actor("European Union", "EU", "IGO"),
            new Actor("United Nations", "UN", "IGO"), new Actor("Germany", "DEU", ""),
            new Actor("United Kingdom", "GBR", ""), new Actor("Poland", "POL", ""),
            new Actor("Belarus", "BLR", ""), new Actor("China", "CHN", ""), new Actor("Turkey", "TUR", "")};
        CameoCode[] codes = {FIGHT, RECOGNIZE, AID, ACCUSE, new CameoCode("040", "consult", 1, 1),
            new CameoCode("130", "threaten", 3, -4.4), new CameoCode("180", "use unconventional violence", 4, -9),
            new CameoCode("163", "impose embargo, boycott, or sanctions", 3, -8),
            new CameoCode("010", "make statement", 1, 0), new CameoCode("061", "cooperate economically", 2, 6.4)};
        int start = (int) LocalDate.of(2014, 1, 1).toEpochDay();
        int span = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - start);
        List<ArticleEvents> out = new ArrayList<>();
        int perArticle = 25;
        for (int a = 0; a * perArticle < n; a++) {
            List<Event> events = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < perArticle && a * perArticle + k < n; k++) {
                // Dense bursts around the invasion, as in real coverage.
                int day = rnd.nextDouble() < 0.35 ? (int) (LocalDate.of(2022, 2, 24).toEpochDay() + rnd.nextGaussian() * 40)
                        : start + rnd.nextInt(span);
                String date = LocalDate.ofEpochDay(day).toString();
                Actor s = actors[Math.min(actors.length - 1, (int) Math.abs(rnd.nextGaussian() * 3))];
                Actor t = actors[rnd.nextInt(actors.length)];
                CameoCode c = codes[rnd.nextInt(codes.length)];
                Modality m = rnd.nextDouble() < 0.9 ? Modality.ASSERTED : Modality.values()[1 + rnd.nextInt(3)];
                String sentence = s.name() + " " + c.label() + " " + t.name() + " on " + date + ".";
                if (text.length() > 0) {
                    text.append(' ');
                }
                events.add(event(date, s, c, t, m, sentence, text.length()));
                text.append(sentence);
            }
            Article art = new Article("synthetic-" + a + ".txt", "Synthetic article " + a, text.toString(),
                    new PublicationDate(LocalDate.of(2022, 3, 1), "test"), List.of());
            out.add(new ArticleEvents(art, events));
        }
        return out;
    }

    public static TimelineModel model(List<ArticleEvents> articles) {
        TimelineModel m = new TimelineModel();
        m.addArticles(articles.stream().map(a -> ArticleEntry.read(a.article().source(), a)).toList());
        return m;
    }
}
