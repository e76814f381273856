package vn.dongthap.tdcs.amendment.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The consolidated submission (tờ trình) of a batch of amendment proposals from Chi nhánh NHCSXH tỉnh
 * to UBND tỉnh, resolved to Vietnamese text.
 *
 * @param batchKey        e.g. TT-2026-01
 * @param planNumber      752/KH-UBND
 * @param planTitle       the plan's title
 * @param planIssuer      the plan's issuer as the plan names it, e.g. Ủy ban nhân dân tỉnh Đồng Tháp
 * @param addressee       who decides the proposals (plan III.5): the plan's issuing unit by its name in the units
 *                        file, e.g. Ủy ban nhân dân tỉnh Đồng Tháp
 * @param consolidatorName Chi nhánh Ngân hàng Chính sách xã hội tỉnh Đồng Tháp
 * @param date            the day of the submission
 * @param proposals       in the order they joined the batch
 */
public record AmendmentSubmission(String batchKey, String planNumber, String planTitle, String planIssuer,
                                  String addressee, String consolidatorName, LocalDate date, List<Proposal> proposals) {

    /**
     * @param kindLabel     "Sửa đổi", "Bổ sung" or "Bãi bỏ"
     * @param stt           the plan item concerned (for "Bổ sung", the proposed new STT)
     * @param currentText   the item as it stands (empty for "Bổ sung"): content, lead, co-operating, product, timing
     * @param proposedText  the proposed wording of what changes (empty for "Bãi bỏ")
     */
    public record Proposal(String key, String unitName, String kindLabel, String stt, String currentText,
                           String proposedText, String reason, String branchOpinion) {
    }
}
