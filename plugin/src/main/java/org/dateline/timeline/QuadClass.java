package org.dateline.timeline;

import org.dateline.action.CameoCode;

/** CAMEO's four quad classes: verbal or material, cooperation or conflict. */
public enum QuadClass {
    VERBAL_COOPERATION(1), MATERIAL_COOPERATION(2), VERBAL_CONFLICT(3), MATERIAL_CONFLICT(4);

    private final int code;

    QuadClass(int code) {
        this.code = code;
    }

    /** GDELT's number, 1 to 4. */
    public int code() {
        return code;
    }

    /** The quad class of a code; an out-of-range value counts as verbal cooperation, the mildest. */
    public static QuadClass of(int code) {
        return code >= 1 && code <= 4 ? values()[code - 1] : VERBAL_COOPERATION;
    }

    public static QuadClass of(CameoCode action) {
        return action == null ? VERBAL_COOPERATION : of(action.quadClass());
    }
}
