package org.dateline.actor;

/**
 * Who acts or is acted upon.
 *
 * @param name   the canonical name ("Vladimir Putin", "Russia", "NATO")
 * @param entity ISO 3166 alpha-3 code for a state, the usual acronym for an organisation
 * @param role   CAMEO-style role: GOV, LEG, MIL, JUD, REB, IGO, ... or "" for the state itself
 */
public record Actor(String name, String entity, String role) {
}
