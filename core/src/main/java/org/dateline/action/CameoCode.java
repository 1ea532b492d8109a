package org.dateline.action;

/**
 * A CAMEO event code with GDELT's lookup values.
 *
 * @param code      "054", "0871", "163"...; Dateline's own extensions are documented in the lexicon
 * @param label     "grant diplomatic recognition"
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein the Goldstein scale value, -10 to +10
 */
public record CameoCode(String code, String label, int quadClass, double goldstein) {
    /** True for Dateline's own codes for actions CAMEO lacks ("X01" issue passports...). */
    public boolean isExtension() {
        return code.startsWith("X");
    }

    /**
     * CAMEO 057, sign formal agreement: every party signs with the others, and the verb that makes
     * the agreement ("agreed a deal") is no cue that something is only planned.
     */
    public boolean isAgreement() {
        return code.equals("057");
    }

    /** The two-digit root category, e.g. "05" for "054". */
    public String root() {
        char a = code.charAt(0);
        char b = code.charAt(1);
        boolean digits = a >= '0' && a <= '9' && b >= '0' && b <= '9';
        return digits ? DIGIT_ROOTS[10 * (a - '0') + (b - '0')] : code.substring(0, 2);
    }

    // "00" to "99", made once: a root is asked for every event compared, and was a new string each time
    private static final String[] DIGIT_ROOTS = new String[100];

    static {
        for (int k = 0; k < DIGIT_ROOTS.length; k++) {
            DIGIT_ROOTS[k] = String.format("%02d", k);
        }
    }
}
