package org.dateline.timeline;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.dateline.event.Modality;

/**
 * Which events the timeline shows: immutable, changed through {@code with...} copies. An empty set
 * means "any". Negated and hypothetical events are left out until the user asks for them, even
 * when non-matching events are only dimmed.
 *
 * @param actors          entities that must act or be acted upon ("RUS"), any when empty
 * @param families        CAMEO root categories ("19"), any when empty
 * @param quadClasses     quad classes, any when empty
 * @param modalities      the modalities shown
 * @param fromDay         first day shown (epoch day) or {@link Days#NONE}
 * @param toDay           last day shown or {@link Days#NONE}
 * @param text            words that must all occur in the sentence, actors, action or title
 * @param hideNonMatching true hides events that do not match, false dims them
 */
public record EventFilter(Set<String> actors, Set<String> families, Set<QuadClass> quadClasses,
                          Set<Modality> modalities, int fromDay, int toDay, String text,
                          boolean hideNonMatching) {
    /** The filter a new timeline starts with: everything asserted or planned. */
    public static final EventFilter DEFAULT = new EventFilter(Set.of(), Set.of(), Set.of(),
            EnumSet.of(Modality.ASSERTED, Modality.PLANNED), Days.NONE, Days.NONE, "", true);

    public EventFilter {
        actors = Set.copyOf(actors);
        families = Set.copyOf(families);
        quadClasses = Set.copyOf(quadClasses);
        modalities = Set.copyOf(modalities);
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the filter keeps {@code e}; for many events use {@link #predicate()}. */
    public boolean matches(TimelineEvent e) {
        return test(e, words());
    }

    /** The filter as a predicate with its search words split once, for a pass over many events. */
    public java.util.function.Predicate<TimelineEvent> predicate() {
        String[] words = words();
        return e -> test(e, words);
    }

    private String[] words() {
        return text.isEmpty() ? new String[0] : text.split("\\s+");
    }

    private boolean test(TimelineEvent e, String[] words) {
        if (!actors.isEmpty() && !actors.contains(e.sourceEntity()) && !actors.contains(e.targetEntity())) {
            return false;
        }
        if (!families.isEmpty() && !families.contains(e.family())) {
            return false;
        }
        if (!quadClasses.isEmpty() && !quadClasses.contains(e.quadClass())) {
            return false;
        }
        if (!showsModality(e)) {
            return false;
        }
        if (fromDay != Days.NONE && e.endDay() < fromDay || toDay != Days.NONE && e.day() > toDay) {
            return false;
        }
        return words.length == 0 || containsAllWords(e.searchText(), words);
    }

    /**
     * Whether the event's modality is shown. Unlike the other criteria this one always hides,
     * never dims: a negated event did not happen and has no place on the timeline unless asked for.
     */
    public boolean showsModality(TimelineEvent e) {
        Modality m = e.event().modality() == null ? Modality.ASSERTED : e.event().modality();
        return modalities.contains(m);
    }

    private static boolean containsAllWords(String haystack, String[] words) {
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public EventFilter withActors(Set<String> v) {
        return new EventFilter(v, families, quadClasses, modalities, fromDay, toDay, text, hideNonMatching);
    }

    public EventFilter withFamilies(Set<String> v) {
        return new EventFilter(actors, v, quadClasses, modalities, fromDay, toDay, text, hideNonMatching);
    }

    public EventFilter withQuadClasses(Set<QuadClass> v) {
        return new EventFilter(actors, families, v, modalities, fromDay, toDay, text, hideNonMatching);
    }

    public EventFilter withModalities(Set<Modality> v) {
        return new EventFilter(actors, families, quadClasses, v, fromDay, toDay, text, hideNonMatching);
    }

    public EventFilter withDays(int from, int to) {
        return new EventFilter(actors, families, quadClasses, modalities, from, to, text, hideNonMatching);
    }

    public EventFilter withText(String v) {
        return new EventFilter(actors, families, quadClasses, modalities, fromDay, toDay, v, hideNonMatching);
    }

    public EventFilter withHideNonMatching(boolean v) {
        return new EventFilter(actors, families, quadClasses, modalities, fromDay, toDay, text, v);
    }
}
