package org.dateline.time;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The functions a template may call ({@code {shift(day, -1)}}), with their number of arguments. */
enum TemplateFunction {
    ANCHOR(1), SHIFT(2), REF(1), REFSHIFT(2), AGO(2), YEAROF(1), WEEKDAY(1), LASTDAY(1), NEXTDAY(1),
    WEEKDAYIN(2), SAMEDAY(1), DUR(2), CLOCK(3), CLOCK24(2), QUARTEROF(1), LATEST(1), YEARBEFORE(1),
    YEARAFTER(1), WEEKEND(0), EVENTSHIFT(2), CLAUSESHIFT(2);

    private static final Map<String, TemplateFunction> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(TemplateFunction::nameInRules, Function.identity()));

    private final int arity;

    TemplateFunction(int arity) {
        this.arity = arity;
    }

    /** The name a rule calls it by: "shift". */
    String nameInRules() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The function of that name, checked against the arguments given.
     *
     * @throws IllegalArgumentException when there is none, or it takes another number of arguments
     */
    static TemplateFunction checked(String name, List<String> args) {
        TemplateFunction f = BY_NAME.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown function " + name + "(), known: "
                    + BY_NAME.keySet());
        }
        if (f.arity != args.size() && !(f.arity == 0 && args.size() == 1 && args.get(0).isEmpty())) {
            throw new IllegalArgumentException(name + "() takes " + f.arity + " arguments");
        }
        return f;
    }
}
