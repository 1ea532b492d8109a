package org.dateline.action;

import java.util.List;

/** Maps verb phrases to CAMEO codes. */
public final class ActionLexicon {
    public List<ActionMention> find(String text) {
        return List.of();
    }
}
