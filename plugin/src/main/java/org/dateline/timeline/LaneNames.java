package org.dateline.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The names shown beside lane keys, read from {@code lanes.properties}. */
public final class LaneNames {
    private static final Properties NAMES = load();

    private LaneNames() {
    }

    /**
     * The label of a lane: "RUS  Russia", "19  Fight", "Material conflict".
     *
     * @param seenName a name read for the key in the events (an actor's own name), or null
     */
    public static String label(LaneMode mode, String key, String seenName) {
        if (key.isEmpty()) {
            return NAMES.getProperty("none." + mode.name(), "?");
        }
        return switch (mode) {
            case SOURCE -> {
                String name = NAMES.getProperty("entity." + key, seenName);
                yield name == null || name.equals(key) ? key : key + "  " + name;
            }
            case ACTION_FAMILY -> key + "  " + NAMES.getProperty("family." + key, "");
            case QUAD_CLASS -> quadClass(QuadClass.of(Integer.parseInt(key)));
        };
    }

    /** "Verbal cooperation", "Material conflict"... */
    public static String quadClass(QuadClass q) {
        return NAMES.getProperty("quad." + q.code(), q.name());
    }

    /** The name of a CAMEO root category, or "" when unknown. */
    public static String family(String root) {
        return NAMES.getProperty("family." + root, "");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = LaneNames.class.getResourceAsStream("lanes.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("lanes.properties: " + e.getMessage(), e);
        }
        return p;
    }
}
