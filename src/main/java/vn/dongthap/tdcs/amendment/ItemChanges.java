package vn.dongthap.tdcs.amendment;

import java.util.List;

/**
 * The new wording of the fields of a plan item that change; null means "unchanged". Unit lists hold
 * unit or collective ids of the register. Used for a proposal and for UBND tỉnh's adjusted text.
 */
public record ItemChanges(String group, String content, List<String> lead, List<String> coop, String product,
                          String timing) {

    public boolean isEmpty() {
        return group == null && content == null && lead == null && coop == null && product == null && timing == null;
    }

    static String join(List<String> ids) {
        return ids == null ? null : String.join(",", ids);
    }

    static List<String> split(String ids) {
        return ids == null ? null : ids.isBlank() ? List.of() : List.of(ids.split(","));
    }
}
