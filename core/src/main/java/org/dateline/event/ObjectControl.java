package org.dateline.event;

import java.util.ArrayList;
import java.util.List;
import org.dateline.action.VerbForms;
import org.dateline.text.RuleFile;

/**
 * The verbs whose object does what the infinitive after them says ("Biden authorized Ukraine to
 * strike": Ukraine would strike), from object-control.txt, as two word lists of all their forms:
 * those that leave the action hypothetical and those that say it was done.
 */
final class ObjectControl {
    /** Every form of the verbs that permit, want or press for the action: "allowed", "wants". */
    static final long HYPOTHETICAL;
    /** Every form of the verbs that say the action was done: "forced", "helped". */
    static final long ASSERTED;
    /** Bad lines of the file, as "file:line: reason". */
    static final List<String> PROBLEMS = new ArrayList<>();

    static {
        List<String> hypothetical = new ArrayList<>();
        List<String> asserted = new ArrayList<>();
        List<String> problems = PROBLEMS;
        VerbForms forms = VerbForms.standard();
        for (RuleFile.Line l : RuleFile.resource(ObjectControl.class, "object-control.txt")) {
            List<String> into = switch (l.field(1)) {
                case "hypothetical" -> hypothetical;
                case "asserted" -> asserted;
                default -> null;
            };
            if (into == null || l.field(0).isEmpty()) {
                problems.add(l.problem("expected: verb | hypothetical or asserted"));
                continue;
            }
            into.addAll(forms.of(l.field(0)));
        }
        HYPOTHETICAL = WordClasses.of(hypothetical.toArray(String[]::new));
        ASSERTED = WordClasses.of(asserted.toArray(String[]::new));
    }

    private ObjectControl() {
    }
}
