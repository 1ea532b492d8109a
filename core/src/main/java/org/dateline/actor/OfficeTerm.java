package org.dateline.actor;

import java.time.LocalDate;

/** A period in which a person acted for an entity in a role; to == null means still in office. */
record OfficeTerm(String entity, String role, LocalDate from, LocalDate to) {
    boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
