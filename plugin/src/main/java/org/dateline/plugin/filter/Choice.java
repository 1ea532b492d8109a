package org.dateline.plugin.filter;

/**
 * One entry of a filter's drop-down list.
 *
 * @param kind  what it filters on: "any", "actor", "family", "quad"
 * @param key   the entity, root code or quad class number
 * @param label what the user reads
 */
record Choice(String kind, String key, String label) {
    @Override
    public String toString() {
        return label;
    }
}
