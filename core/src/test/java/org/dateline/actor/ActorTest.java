package org.dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorTest {
    /** The same components in a record whose equals and hashCode are derived. */
    private record Derived(String name, String entity, String role) {
    }

    @Test
    void hashesAsARecordWithTheSameComponents() {
        assertThat(new Actor("Russia", "RUS", "").hashCode()).isEqualTo(new Derived("Russia", "RUS", "").hashCode());
        assertThat(new Actor("Vladimir Putin", "RUS", "GOV").hashCode())
                .isEqualTo(new Derived("Vladimir Putin", "RUS", "GOV").hashCode());
        assertThat(new Actor(null, "UKR", null).hashCode()).isEqualTo(new Derived(null, "UKR", null).hashCode());
    }

    @Test
    void equalWhenEveryComponentIs() {
        assertThat(new Actor("Russia", "RUS", "")).isEqualTo(new Actor("Russia", "RUS", ""));
        assertThat(new Actor("Russia", "RUS", "")).isNotEqualTo(new Actor("Russia", "RUS", "GOV"));
        assertThat(new Actor(null, "RUS", "")).isEqualTo(new Actor(null, "RUS", ""));
        assertThat(new Actor("Russia", "RUS", "")).isNotEqualTo(new Derived("Russia", "RUS", ""));
    }
}
