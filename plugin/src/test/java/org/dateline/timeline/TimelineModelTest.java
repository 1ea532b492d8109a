package org.dateline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.timeline.Events.ACCUSE;
import static org.dateline.timeline.Events.AID;
import static org.dateline.timeline.Events.FIGHT;
import static org.dateline.timeline.Events.NATO;
import static org.dateline.timeline.Events.RECOGNIZE;
import static org.dateline.timeline.Events.RUSSIA;
import static org.dateline.timeline.Events.UKRAINE;
import static org.dateline.timeline.Events.USA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.ArticleEvents;
import org.dateline.event.Modality;
import org.junit.jupiter.api.Test;

class TimelineModelTest {
    static final ArticleEvents RECOGNITION = Events.RECOGNITION;

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void eventsLandInTheirSourceLaneAtTheirDay() {
        TimelineModel m = Events.model(List.of(RECOGNITION));
        LaneIndex index = m.index();
        assertThat(index.lanes()).extracting(Lane::key).containsExactly("RUS", "USA");
        Lane russia = index.lanes().get(0);
        assertThat(russia.label()).isEqualTo("RUS  Russia");
        assertThat(russia.size()).isEqualTo(3);
        assertThat(russia.day(0)).isEqualTo(day("2022-02-21"));
        assertThat(russia.day(2)).isEqualTo(day("2022-02-24"));
        Lane usa = index.lanes().get(1);
        // A month-level date is placed on the month's first day.
        assertThat(usa.day(1)).isEqualTo(day("2022-03-01"));
        assertThat(m.undated()).isEqualTo(1);
    }

    @Test
    void negatedAndHypotheticalEventsAreHiddenUntilAskedFor() {
        TimelineModel m = Events.model(List.of(RECOGNITION));
        assertThat(m.index().shown()).isEqualTo(5);
        m.setFilter(m.filter().withModalities(Set.of(Modality.values())));
        assertThat(m.index().shown()).isEqualTo(6);
        assertThat(m.index().lanes()).extracting(Lane::key).contains("NATO");
    }

    @Test
    void lanesSwitchToActionFamilyAndQuadClass() {
        TimelineModel m = Events.model(List.of(RECOGNITION));
        m.setLaneMode(LaneMode.ACTION_FAMILY);
        assertThat(m.index().lanes()).extracting(Lane::key).containsExactly("05", "07", "11", "19");
        assertThat(m.index().lanes().get(3).label()).isEqualTo("19  Fight");
        m.setLaneMode(LaneMode.QUAD_CLASS);
        assertThat(m.index().lanes()).extracting(Lane::label)
                .containsExactly("Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict");
    }

    @Test
    void filtersHideOrDimEvents() {
        TimelineModel m = Events.model(List.of(RECOGNITION));
        m.setFilter(m.filter().withText("kyiv"));
        assertThat(m.index().shown()).isEqualTo(1);
        assertThat(m.index().lanes().get(0).event(0).event().evidence().text()).startsWith("Missiles");

        m.setFilter(m.filter().withText("").withActors(Set.of("USA")));
        // Acting or acted upon: the US events and the one where Russia is condemned.
        assertThat(m.index().shown()).isEqualTo(2);

        m.setFilter(m.filter().withActors(Set.of()).withQuadClasses(Set.of(QuadClass.MATERIAL_CONFLICT))
                .withHideNonMatching(false));
        assertThat(m.index().shown()).isEqualTo(5);
        assertThat(m.index().matching()).isEqualTo(2);

        m.setFilter(EventFilter.DEFAULT.withDays(day("2022-02-22"), day("2022-02-23")));
        assertThat(m.index().shown()).isEqualTo(1);
    }

    @Test
    void opensOn2014AndEndsAtTheLatestEvent() {
        TimelineModel m = Events.model(List.of(RECOGNITION));
        assertThat(m.range().from()).isLessThanOrEqualTo(day("2014-01-01")).isGreaterThan(day("2013-06-01"));
        assertThat(m.range().to()).isGreaterThan(day("2022-03-01")).isLessThan(day("2022-12-31"));
        m.fitAll();
        assertThat(m.range().from()).isGreaterThan(day("2022-01-01"));
    }

    @Test
    void theRangeFollowsArticlesAsTheyArriveUntilTheUserMovesIt() {
        TimelineModel m = new TimelineModel();
        m.addArticles(List.of(ArticleEntry.read("early", Events.article("early", "2014-03-18", new Object[][] {
            {"2014-03-18", RUSSIA, RECOGNIZE, UKRAINE, "Russia annexed Crimea."}}))));
        assertThat(m.range().to()).isLessThan(day("2014-12-31"));
        m.addArticles(List.of(ArticleEntry.read("later", RECOGNITION)));
        assertThat(m.range().to()).isGreaterThan(day("2022-03-01"));
        m.setRange(m.range().zoom(0.5, m.range().centre()));
        ViewRange chosen = m.range();
        m.addArticles(List.of(ArticleEntry.read("again", Events.article("late", "2024-01-01", new Object[][] {
            {"2024-01-01", USA, AID, UKRAINE, "Aid arrived."}}))));
        assertThat(m.range()).isEqualTo(chosen);
    }

    @Test
    void everyChangeIsAnnounced() {
        TimelineModel m = new TimelineModel();
        List<TimelineChange.Kind> seen = new ArrayList<>();
        m.addListener(c -> seen.add(c.kind()));
        m.addArticles(List.of(ArticleEntry.read("a", RECOGNITION), ArticleEntry.failed("b.bin", "binary file")));
        m.setFilter(m.filter().withText("troops"));
        m.setLaneMode(LaneMode.QUAD_CLASS);
        m.select(List.of(m.eventsByDay().get(0)));
        m.setRange(m.range().zoom(0.5, m.range().centre()));
        // Setting the same value again is not a change.
        m.setLaneMode(LaneMode.QUAD_CLASS);
        assertThat(seen).containsExactly(TimelineChange.Kind.DATA, TimelineChange.Kind.FILTER,
                TimelineChange.Kind.LANES, TimelineChange.Kind.SELECTION, TimelineChange.Kind.ARTICLE,
                TimelineChange.Kind.RANGE);
        assertThat(m.articles()).extracting(ArticleEntry::failure).containsExactly(null, "binary file");
        assertThat(m.shownArticle()).isSameAs(RECOGNITION);
    }

    @Test
    void neighbourStepsThroughShownEventsInTime() {
        TimelineModel m = Events.model(List.of(RECOGNITION));
        TimelineEvent first = m.neighbour(null, 1);
        assertThat(first.day()).isEqualTo(day("2022-02-21"));
        TimelineEvent second = m.neighbour(first, 1);
        assertThat(second.day()).isEqualTo(day("2022-02-22"));
        assertThat(m.neighbour(second, -1)).isEqualTo(first);
        assertThat(m.neighbour(m.neighbour(null, -1), 1)).isNull();
    }
}
