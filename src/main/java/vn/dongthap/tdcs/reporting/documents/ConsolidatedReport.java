package vn.dongthap.tdcs.reporting.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.dongthap.tdcs.reporting.UnitState;

/**
 * Everything the consolidated Word report and Excel workbook of one reporting round show,
 * already resolved to Vietnamese labels. Built by the reporting feature from its tables.
 *
 * @param roundKey        business key of the round, e.g. BC-NAM-2026
 * @param roundTitle      e.g. "Báo cáo tình hình thực hiện Kế hoạch 752/KH-UBND năm 2026"
 * @param subject         trích yếu under "BÁO CÁO", from the plan's data: "Tình hình thực hiện Kế hoạch số
 *                        752/KH-UBND ngày 20/12/2025 của UBND tỉnh … năm 2026"
 * @param kindLabel       "Định kỳ hằng năm", "Chuyên đề" or "Đột xuất"
 * @param deadline        the effective deadline (last day to submit)
 * @param dataCutoff      data cut-off day of the round (may be null)
 * @param reportDate      the day the document is generated (in the application's time zone)
 * @param items           plan items in plan order, each with the results of the units that reported on it
 * @param units           every unit asked to report, in register order, with its status
 * @param figures         the figures the round's plan version declares, in the plan's order
 * @param levels          the labels of the levels of completion, in the form's order
 */
public record ConsolidatedReport(
        String roundKey,
        String roundTitle,
        String subject,
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
        List<UnitStatus> units,
        List<Figure> figures,
        List<String> levels) {

    /**
     * A figure units report besides their tasks.
     *
     * @param unit     unit of measure, e.g. "triệu đồng"
     * @param decimals digits after the decimal comma
     */
    public record Figure(String key, String label, String unit, int decimals) {

        public String labelWithUnit() {
            return label + " (" + unit + ")";
        }
    }

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
     * @param state        where the unit stands (its label is what every output prints)
     * @param submittedAt  last submission time, null when never submitted
     * @param daysLate     calendar days after the deadline, null when on time or missing
     * @param versions     how many versions the unit submitted (returned reports add versions)
     * @param figures      the figures of its latest version by key (only those the unit was asked)
     * @param obligated    must report (plan III.1); false for a unit only invited to contribute (III.3: "Đề nghị"),
     *                     which is never counted as failing and whose figures are not added to the totals
     */
    public record UnitStatus(String unitId, String unitName, String kindLabel, UnitState state,
                             OffsetDateTime submittedAt, boolean late, Integer daysLate, int versions,
                             String returnReason, Map<String, BigDecimal> figures, boolean obligated) {

        public String statusLabel() {
            return state == null ? "" : state.label();
        }

        public BigDecimal figure(String key) {
            return figures == null ? null : figures.get(key);
        }
    }
}
