package vn.dongthap.tdcs.amendment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dongthap.tdcs.plan.PlanFile;
import vn.dongthap.tdcs.plan.RegimeChange;

/** Proposals and plan items as text for forms, the tờ trình and outcome messages. */
final class ProposalTexts {

    private ProposalTexts() {
    }

    /** The proposed changes; units by name (unit and collective id → name), never by id. */
    static String proposed(ItemChanges c, Map<String, String> names) {
        List<String> parts = new ArrayList<>();
        if (c.content() != null) {
            parts.add("Nội dung: " + c.content());
        }
        if (c.lead() != null) {
            parts.add("Đơn vị chủ trì: " + namesOf(c.lead(), names));
        }
        if (c.coop() != null) {
            parts.add("Đơn vị phối hợp: " + namesOf(c.coop(), names));
        }
        if (c.product() != null) {
            parts.add("Sản phẩm: " + c.product());
        }
        if (c.timing() != null) {
            parts.add("Thời gian thực hiện: " + c.timing());
        }
        return parts.isEmpty() ? "(bãi bỏ nhiệm vụ)" : String.join("\n", parts);
    }

    /** The proposed changes of the item and, on the reporting row, of the regime. */
    static String proposed(ItemChanges c, RegimeChange regime, Map<String, String> names) {
        String item = c.isEmpty() ? "" : proposed(c, names);
        if (regime == null) {
            return item;
        }
        List<String> parts = new ArrayList<>();
        if (!item.isEmpty()) {
            parts.add(item);
        }
        if (regime.dueBefore() != null) {
            parts.add("Hạn báo cáo hằng năm: trước ngày " + RegimeChange.shown(regime.dueBefore()));
        }
        if (regime.consolidatedTo() != null) {
            parts.add("Nơi nhận báo cáo tổng hợp: " + namesOf(regime.consolidatedTo(), names));
        }
        return String.join("\n", parts);
    }

    static String namesOf(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "(đơn vị không còn trong danh mục)"))
                .collect(Collectors.joining(", "));
    }

    static String current(PlanFile.Item item) {
        if (item == null) {
            return "";
        }
        return "Nội dung: " + item.content() + "\nĐơn vị chủ trì: " + item.leadText()
                + (item.coopText() == null || item.coopText().isBlank() ? "" : "\nĐơn vị phối hợp: " + item.coopText())
                + "\nSản phẩm: " + item.product() + "\nThời gian thực hiện: " + item.timing();
    }
}
