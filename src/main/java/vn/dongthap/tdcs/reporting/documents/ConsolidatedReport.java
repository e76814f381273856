package vn.dongthap.tdcs.reporting.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the consolidated Word report and Excel workbook of one reporting round show,
 * already resolved to Vietnamese labels. Built by the reporting feature from its tables.
 *
 * @param roundKey        business key of the round, e.g. BC-NAM-2026
 * @param roundTitle      e.g. "Báo cáo tình hình thực hiện Kế hoạch 752/KH-UBND năm 2026"
 * @param kindLabel       "Định kỳ hằng năm", "Chuyên đề" or "Đột xuất"
 * @param deadline        the effective deadline (last day to submit)
 * @param dataCutoff      data cut-off day of the round (may be null)
 * @param reportDate      the day the document is generated (in the application's time zone)
 * @param items           plan items in plan order, each with the results of the units that reported on it
 * @param units           every unit asked to report, in register order, with its status
 */
public record ConsolidatedReport(
        String roundKey,
        String roundTitle,
        String kindLabel,
        LocalDate deadline,
        LocalDate dataCutoff,
        String planNumber,
        String planTitle,
        String issuerName,
        String consolidatorName,
        List<String> recipients,
        LocalDate reportDate,
        List<ItemResults> items,
        List<UnitStatus> units) {

    /** One plan item (appendix row) and what each reporting unit said about it. */
    public record ItemResults(String stt, String content, List<UnitResult> results) {
    }

    /**
     * @param levelLabel "Đã hoàn thành", "Đang thực hiện" or "Chưa thực hiện"
     */
    public record UnitResult(String unitId, String unitName, String levelLabel, String result, String product,
                             String difficulties, String proposals) {
    }

    /**
     * @param statusLabel  "Đã nộp đúng hạn", "Nộp muộn", "Bị trả lại", "Chưa nộp", ...
     * @param submittedAt  last submission time, null when never submitted
     * @param daysLate     working or calendar days after the deadline, null when on time or missing
     * @param versions     how many versions the unit submitted (returned reports add versions)
     * @param budgetEntrusted   local budget capital entrusted to NHCSXH in the year, triệu đồng (may be null)
     * @param poorFundContribution contributions to Quỹ "Vì người nghèo", triệu đồng (may be null)
     */
    public record UnitStatus(String unitId, String unitName, String kindLabel, String statusLabel,
                             OffsetDateTime submittedAt, boolean late, Integer daysLate, int versions,
                             String returnReason, BigDecimal budgetEntrusted, BigDecimal poorFundContribution) {
    }
}
