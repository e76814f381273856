package vn.dongthap.tdcs.reporting.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import vn.dongthap.tdcs.reporting.UnitState;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.Figure;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.ItemResults;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.UnitResult;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.UnitStatus;

/**
 * A closed round with one unit on time, one late, one that never submitted (all three obligated), and one invited
 * unit (Hội Nông dân tỉnh, plan III.3) returned and not resubmitted.
 */
final class SampleReports {

    static final String ON_TIME = "UBND xã Mỹ An Hưng";
    static final String LATE = "Sở Tài chính";
    static final String RETURNED = "Hội Nông dân tỉnh";
    static final String MISSING = "UBND phường Cao Lãnh";

    static final String ITEM_1 = "Tổ chức nghiên cứu, phổ biến, quán triệt sâu rộng Chỉ thị 39-CT/TW của Ban Bí thư";
    static final String ITEM_2 = "Phối hợp tổ chức triển khai, mở rộng cuộc vận động vì người nghèo";

    static final List<Figure> FIGURES = List.of(
            new Figure("budgetEntrusted", "Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm", "triệu đồng", 2),
            new Figure("poorFundContribution", "Đóng góp Quỹ “Vì người nghèo” trong năm", "triệu đồng", 2));

    static final String CONSOLIDATOR = "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Đồng Tháp";
    static final String ROUND_TITLE = "Báo cáo tình hình thực hiện Kế hoạch 752/KH-UBND năm 2026";
    static final String SUBJECT = "Tình hình thực hiện Kế hoạch số 752/KH-UBND ngày 20/12/2025 của UBND tỉnh thực hiện "
            + "Quyết định số 1560/QĐ-TTg của Thủ tướng Chính phủ năm 2026";
    static final vn.dongthap.tdcs.documents.DocumentIssuer ISSUER = new vn.dongthap.tdcs.documents.DocumentIssuer(
            "Ngân hàng Chính sách xã hội", "Chi nhánh tỉnh Đồng Tháp", "Đồng Tháp", "BC-NHCSXH", "TTr-NHCSXH", "Giám đốc");
    static final List<String> LEVELS = List.of("Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện");

    /** The assembler gives times in the application's zone (AppClock); documents show them as given. */
    static final OffsetDateTime LATE_SUBMITTED_AT = OffsetDateTime.of(2026, 1, 17, 9, 30, 0, 0, ZoneOffset.ofHours(7));
    static final OffsetDateTime ON_TIME_SUBMITTED_AT = OffsetDateTime.of(2026, 1, 10, 9, 15, 0, 0, ZoneOffset.ofHours(7));

    private SampleReports() {
    }

    static ConsolidatedReport report() {
        return report(items());
    }

    static ConsolidatedReport report(List<ItemResults> items) {
        return new ConsolidatedReport("BC-NAM-2026", ROUND_TITLE, SUBJECT, "Định kỳ hằng năm", LocalDate.of(2026, 1, 15),
                LocalDate.of(2025, 12, 31), "752/KH-UBND",
                "Kế hoạch thực hiện Quyết định số 1560/QĐ-TTg của Thủ tướng Chính phủ",
                "Ủy ban nhân dân tỉnh Đồng Tháp", CONSOLIDATOR,
                List.of("Ủy ban nhân dân tỉnh Đồng Tháp", "Ngân hàng Nhà nước Việt Nam"),
                LocalDate.of(2026, 1, 20), items, units(), FIGURES, LEVELS);
    }

    static List<ItemResults> items() {
        return List.of(
                new ItemResults("1.1", ITEM_1, List.of(
                        new UnitResult("xa-my-an-hung", ON_TIME, "Đã hoàn thành", "Đã tổ chức 3 hội nghị quán triệt",
                                "Kế hoạch số 12/KH-UBND", "  ", null),
                        new UnitResult("so-tai-chinh", LATE, "Đang thực hiện", "Đã ban hành kế hoạch",
                                "Văn bản", "Thiếu cán bộ chuyên trách", ""),
                        new UnitResult("hoi-nong-dan-tinh", RETURNED, "Chưa thực hiện", null, null, null, null))),
                new ItemResults("2.2", ITEM_2, List.of(
                        new UnitResult("xa-my-an-hung", ON_TIME, "Đã hoàn thành", "Vận động được 20 triệu đồng",
                                null, null, "Đề nghị bổ sung nguồn vốn ủy thác"),
                        new UnitResult("so-tai-chinh", LATE, "Đang thực hiện", "Đang tổng hợp", null, null, null))));
    }

    static List<UnitStatus> units() {
        return List.of(
                new UnitStatus("xa-my-an-hung", ON_TIME, "Xã", UnitState.DA_NOP_DUNG_HAN, ON_TIME_SUBMITTED_AT, false,
                        null, 1, null, Map.of("budgetEntrusted", new BigDecimal("1500.5"),
                                "poorFundContribution", new BigDecimal("20")), true),
                new UnitStatus("so-tai-chinh", LATE, "Sở, ngành tỉnh", UnitState.NOP_MUON, LATE_SUBMITTED_AT, true, 2, 1,
                        null, Map.of("budgetEntrusted", new BigDecimal("2000")), true),
                new UnitStatus("hoi-nong-dan-tinh", RETURNED, "Tổ chức chính trị - xã hội", UnitState.KHONG_NOP_LAI,
                        OffsetDateTime.of(2026, 1, 12, 14, 0, 0, 0, ZoneOffset.ofHours(7)), false, null, 1,
                        "Thiếu số liệu nguồn vốn ủy thác", Map.of("poorFundContribution", new BigDecimal("35.25")), false),
                new UnitStatus("phuong-cao-lanh", MISSING, "Phường", UnitState.KHONG_NOP, null, false, null, 0,
                        null, Map.of(), true));
    }

    /** Every optional field left out. */
    static ConsolidatedReport sparse() {
        return new ConsolidatedReport("BC-DX-1", null, null, null, null, null, null, null, null, null, null, null,
                List.of(new ItemResults(null, null, null),
                        new ItemResults("1", "Nội dung", List.of(new UnitResult(null, null, null, null, null, null, null)))),
                List.of(new UnitStatus(null, null, null, null, null, false, null, 0, null, null, true)), FIGURES, null);
    }
}
