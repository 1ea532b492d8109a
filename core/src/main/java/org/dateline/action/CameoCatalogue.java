package org.dateline.action;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.text.RuleFile;

/**
 * The CAMEO codes Dateline uses with their label, quad class and Goldstein value, read from
 * cameo.txt beside this class. Extension codes (actions CAMEO lacks) start with "X".
 */
public final class CameoCatalogue {
    private final Map<String, CameoCode> codes = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** The bundled catalogue. */
    public CameoCatalogue() {
        this(RuleFile.resource(CameoCatalogue.class, "cameo.txt"));
    }

    CameoCatalogue(List<RuleFile.Line> lines) {
        for (RuleFile.Line l : lines) {
            String code = l.field(0);
            if (!code.matches("\\d{3,4}|X\\d{2}") || l.fields().size() != 4 || l.field(3).isEmpty()) {
                problems.add(l.problem("expected 'code | quad class | Goldstein | label'"));
                continue;
            }
            try {
                int quad = Integer.parseInt(l.field(1));
                double goldstein = Double.parseDouble(l.field(2));
                boolean extension = code.startsWith("X");
                if (extension ? quad != 0 : quad != quadOf(code)) {
                    problems.add(l.problem("quad class of " + code + " must be " + (extension ? 0 : quadOf(code))));
                    continue;
                }
                if (goldstein < -10 || goldstein > 10) {
                    problems.add(l.problem("Goldstein value must be within -10..10"));
                    continue;
                }
                codes.put(code, new CameoCode(code, l.field(3), quad, goldstein));
            } catch (NumberFormatException e) {
                problems.add(l.problem("quad class and Goldstein must be numbers"));
            }
        }
    }

    /** CAMEO's quad class of a code by its root: 01-05 1, 06-08 2, 09-13 3, 14-20 4. */
    public static int quadOf(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    /** The code, or null when the catalogue does not have it. */
    public CameoCode get(String code) {
        return codes.get(code);
    }

    /** Every code, in file order. */
    public Collection<CameoCode> all() {
        return codes.values();
    }

    /** Bad lines as "file:line: reason"; empty when all is well. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
