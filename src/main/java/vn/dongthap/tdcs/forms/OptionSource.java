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
    /**
     * Whom a thematic or ad-hoc report can be asked of: the collectives all of whose units report under the regime
     * of the plan version in force ("UBND cấp xã", "Các sở, ngành tỉnh", ...), then those units; never a unit that
     * only decides, receives or inspects (UBND tỉnh, NHNN).
     */
    REPORTERS("don-vi-bao-cao"),
    /** Who can ask a thematic or ad-hoc report: the consolidating branch and the regime's recipients. */
    AUTHORITIES("co-quan-yeu-cau"),
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
