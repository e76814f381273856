package vn.dongthap.tdcs.amendment;

import java.util.ArrayList;
import java.util.List;
import vn.dongthap.tdcs.plan.PlanFile;

/** Proposals and plan items as text for forms, the tờ trình and outcome messages. */
final class ProposalTexts {

    private ProposalTexts() {
    }

    static String proposed(ItemChanges c) {
        List<String> parts = new ArrayList<>();
        if (c.content() != null) {
            parts.add("Nội dung: " + c.content());
        }
        if (c.lead() != null) {
            parts.add("Đơn vị chủ trì: " + String.join(", ", c.lead()));
        }
        if (c.coop() != null) {
            parts.add("Đơn vị phối hợp: " + String.join(", ", c.coop()));
        }
        if (c.product() != null) {
            parts.add("Sản phẩm: " + c.product());
        }
        if (c.timing() != null) {
            parts.add("Thời gian thực hiện: " + c.timing());
        }
        return parts.isEmpty() ? "(bãi bỏ nhiệm vụ)" : String.join("\n", parts);
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
