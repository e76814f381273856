package vn.dongthap.tdcs.forms;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a form template asks to be filled in: a component carries {@code "properties": {"options": "<source>"}}
 * and {@code "values": []}, and the rendered form gets that source's options.
 */
enum OptionSource {

    /** Every active unit of don-vi.yaml, in the file's order. */
    UNITS("don-vi"),
    /** The unit collectives of don-vi.yaml ("UBND cấp xã", ...), then every active unit. */
    UNITS_AND_COLLECTIVES("don-vi-va-nhom"),
    /** The items of the plan version in force: "STT – content". */
    PLAN_ITEMS("hang-muc-ke-hoach"),
    /** The item groups of the plan version in force: "code. title". */
    PLAN_GROUPS("nhom-nhiem-vu");

    static final String PROPERTY = "options";

    private final String marker;

    OptionSource(String marker) {
        this.marker = marker;
    }

    String marker() {
        return marker;
    }

    static Optional<OptionSource> ofMarker(String marker) {
        return Arrays.stream(values()).filter(s -> s.marker.equals(marker)).findFirst();
    }
}
