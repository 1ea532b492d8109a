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

    /** The two-digit root category, e.g. "05" for "054". */
    public String root() {
        return code.substring(0, 2);
    }
}
