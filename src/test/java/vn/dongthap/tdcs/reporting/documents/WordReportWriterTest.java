package vn.dongthap.tdcs.reporting.documents;

import vn.dongthap.tdcs.documents.AdministrativeHeading;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.CONSOLIDATOR;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.ITEM_1;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.ITEM_2;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.LATE;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.MISSING;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.ON_TIME;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.RETURNED;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.ROUND_TITLE;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.SUBJECT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.dongthap.tdcs.reporting.UnitState;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.ItemResults;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.UnitResult;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.UnitStatus;

class WordReportWriterTest {

    private static final List<String> OVERDUE_HEADER = WordReportWriter.OVERDUE_COLUMNS;

    private final WordReportWriter writer = new WordReportWriter(SampleReports.ISSUER);

    @Test
    void headingFollowsTheAdministrativeLayout() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            XWPFTable heading = doc.getTables().get(0);
            assertThat(heading.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            assertThat(heading.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);

            // the governing body over the issuing body, not "Chi nhánh Ngân hàng Chính sách xã hội" a second time
            XWPFTableCell issuer = heading.getRow(0).getCell(0);
            assertThat(lines(issuer)).containsExactly("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH TỈNH ĐỒNG THÁP", "",
                    "Số: ....../BC-NHCSXH");
            assertThat(firstRun(issuer.getParagraphs().get(0)).isBold()).isFalse();
            assertThat(firstRun(issuer.getParagraphs().get(1)).isBold()).isTrue();
            assertRule(issuer.getParagraphs().get(2));

            XWPFTableCell nation = heading.getRow(0).getCell(1);
            assertThat(lines(nation)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "", "Đồng Tháp, ngày 20 tháng 01 năm 2026");
            assertThat(firstRun(nation.getParagraphs().get(0)).isBold()).isTrue();
            assertThat(firstRun(nation.getParagraphs().get(1)).isBold()).isTrue();
            assertRule(nation.getParagraphs().get(2));
            assertThat(firstRun(nation.getParagraphs().get(3)).isItalic()).isTrue();
        }
    }

    /** A rule line: a paragraph's bottom border, indented from both sides so it is shorter than its column. */
    private static void assertRule(XWPFParagraph rule) {
        assertThat(rule.getBorderBottom()).isEqualTo(Borders.SINGLE);
        assertThat(rule.getIndentationLeft()).isPositive();
        assertThat(rule.getIndentationRight()).isEqualTo(rule.getIndentationLeft());
    }

    @Test
    void datesFollowTheDecreesLeadingZeroRule() {
        assertThat(AdministrativeHeading.date(LocalDate.of(2026, 3, 5))).isEqualTo("ngày 05 tháng 3 năm 2026");
        assertThat(AdministrativeHeading.date(LocalDate.of(2026, 2, 15))).isEqualTo("ngày 15 tháng 02 năm 2026");
        assertThat(AdministrativeHeading.date(LocalDate.of(2026, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2026");
    }

    @Test
    void theDocumentTypeIsFollowedByTheSubjectWithoutSayingReportTwice() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            XWPFParagraph title = paragraph(doc, "BÁO CÁO");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(firstRun(title).isBold()).isTrue();
            assertThat(firstRun(title).getFontSizeAsDouble()).isEqualTo(14.0);
            List<String> texts = texts(doc);
            assertThat(texts.get(texts.indexOf("BÁO CÁO") + 1)).isEqualTo(SUBJECT);
            assertThat(paragraph(doc, SUBJECT).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(texts).doesNotContain(ROUND_TITLE).noneMatch(text -> text.startsWith("Báo cáo tình hình"));

            assertThat(texts).anySatisfy(text -> assertThat(text)
                    .startsWith("Thực hiện Kế hoạch số 752/KH-UBND của Ủy ban nhân dân tỉnh Đồng Tháp")
                    .contains("Kế hoạch thực hiện Quyết định số 1560/QĐ-TTg")
                    .endsWith(CONSOLIDATOR + " tổng hợp kết quả thực hiện của các cơ quan, đơn vị như sau:"));
        }
    }

    @Test
    void sectionsComeInOrder() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            assertThat(texts(doc)).containsSubsequence("I. TÌNH HÌNH GỬI BÁO CÁO", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
                    "1.1. " + ITEM_1, "2.2. " + ITEM_2, "III. TỔNG HỢP SỐ LIỆU",
                    "IV. ĐÓNG GÓP CỦA CÁC ĐƠN VỊ ĐƯỢC ĐỀ NGHỊ THAM GIA", "V. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ");
        }
    }

    @Test
    void withoutDeclaredFiguresOrInvitedUnitsThoseSectionsAreLeftOut() throws IOException {
        ConsolidatedReport report = SampleReports.report();
        ConsolidatedReport plain = new ConsolidatedReport(report.roundKey(), report.roundTitle(), report.subject(),
                report.kindLabel(), report.deadline(), report.dataCutoff(), report.planNumber(), report.planTitle(),
                report.issuerName(), report.consolidatorName(), report.recipients(), report.reportDate(), report.items(),
                report.units().stream().filter(UnitStatus::obligated).toList(), List.of(), report.levels());
        try (XWPFDocument doc = open(writer.write(plain))) {
            assertThat(texts(doc)).containsSubsequence("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
                            "III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ")
                    .noneMatch(text -> text.contains("SỐ LIỆU") || text.contains("ĐỀ NGHỊ THAM GIA"));
        }
    }

    @Test
    void eachItemCountsTheUnitsByLevelAndGroupsTheirResults() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            // Hội Nông dân tỉnh is only invited: its answer is not counted here
            assertThat(texts(doc)).containsSubsequence("1.1. " + ITEM_1,
                    "Có 2 đơn vị báo cáo: đã hoàn thành 1 đơn vị; đang thực hiện 1 đơn vị; chưa thực hiện 0 đơn vị.",
                    "2.2. " + ITEM_2);
            List<XWPFTable> tables = tablesWithHeader(doc, WordReportWriter.LEVEL_COLUMNS);
            assertThat(tables).hasSize(2);
            assertThat(dataRows(tables.get(0))).containsExactly(
                    List.of("Đã hoàn thành", "1", "- Đã tổ chức 3 hội nghị quán triệt (" + ON_TIME + ")"),
                    List.of("Đang thực hiện", "1", "- Đã ban hành kế hoạch (" + LATE + ")"),
                    List.of("Chưa thực hiện", "0", ""));
        }
    }

    @Test
    void theSameResultIsWrittenOnceWithItsUnitsAndTheRestIsCounted() {
        List<UnitResult> results = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            results.add(result("Xã " + i, i % 2 == 0 ? "Đã ban hành  kế hoạch." : "đã ban hành kế hoạch"));
        }
        for (int i = 1; i <= 6; i++) {
            results.add(result("Phường " + i, "Kết quả riêng số " + i));
        }
        assertThat(WordReportWriter.mainResults(results).split("\n")).containsExactly(
                "- đã ban hành kế hoạch (Xã 1, Xã 2, Xã 3 và 2 đơn vị khác)",
                "- Kết quả riêng số 1 (Phường 1)", "- Kết quả riêng số 2 (Phường 2)", "- Kết quả riêng số 3 (Phường 3)",
                "- Kết quả riêng số 4 (Phường 4)", "- Và 2 kết quả khác (chi tiết tại phụ lục Excel).");
    }

    private static UnitResult result(String unit, String text) {
        return new UnitResult(unit, unit, "Đã hoàn thành", text, null, null, null);
    }

    @Test
    void itemWithoutResultsSaysSo() throws IOException {
        List<ItemResults> items = SampleReports.items();
        ItemResults unanswered = new ItemResults("2.2", ITEM_2, List.of());
        try (XWPFDocument doc = open(writer.write(SampleReports.report(List.of(items.get(0), unanswered))))) {
            assertThat(tablesWithHeader(doc, WordReportWriter.LEVEL_COLUMNS)).hasSize(1);
            assertThat(texts(doc)).containsSubsequence("2.2. " + ITEM_2, WordReportWriter.NO_RESULTS,
                    "III. TỔNG HỢP SỐ LIỆU");
        }
    }

    @Test
    void figureTotalsAddTheObligatedUnitsOnlyByKindInVietnameseNumbers() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            List<XWPFTable> tables = tablesWithHeader(doc, WordReportWriter.FIGURE_COLUMNS);
            assertThat(tables).hasSize(1);
            assertThat(dataRows(tables.get(0))).containsExactly(
                    List.of("1", "Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm (triệu đồng)", "2", "3.500,50"),
                    List.of("", "Trong đó: Xã", "1", "1.500,50"),
                    List.of("", "Trong đó: Sở, ngành tỉnh", "1", "2.000,00"),
                    // 35,25 of the invited Hội Nông dân tỉnh is not added
                    List.of("2", "Đóng góp Quỹ “Vì người nghèo” trong năm (triệu đồng)", "1", "20,00"));
        }
    }

    @Test
    void invitedUnitsContributionsStandApart() throws IOException {
        ConsolidatedReport report = SampleReports.report();
        List<UnitStatus> units = report.units().stream().map(unit -> unit.obligated() ? unit
                : new UnitStatus(unit.unitId(), unit.unitName(), unit.kindLabel(), UnitState.DA_NOP_DUNG_HAN,
                        unit.submittedAt(), false, null, 1, null, unit.figures(), false)).toList();
        List<ItemResults> items = List.of(new ItemResults("2.1", "Phối hợp", List.of(new UnitResult("hoi-nong-dan-tinh",
                RETURNED, "Đã hoàn thành", "Phối hợp tuyên truyền tại 30 xã", null, null, null))));
        ConsolidatedReport withInvited = new ConsolidatedReport(report.roundKey(), report.roundTitle(), report.subject(),
                report.kindLabel(), report.deadline(), report.dataCutoff(), report.planNumber(), report.planTitle(),
                report.issuerName(), report.consolidatorName(), report.recipients(), report.reportDate(), items, units,
                report.figures(), report.levels());
        try (XWPFDocument doc = open(writer.write(withInvited))) {
            assertThat(texts(doc)).containsSubsequence("2.1. Phối hợp", WordReportWriter.NO_RESULTS,
                    "IV. ĐÓNG GÓP CỦA CÁC ĐƠN VỊ ĐƯỢC ĐỀ NGHỊ THAM GIA", RETURNED,
                    "- Nhiệm vụ 2.1 (đã hoàn thành): Phối hợp tuyên truyền tại 30 xã",
                    "- Đóng góp Quỹ “Vì người nghèo” trong năm: 35,25 triệu đồng.");
        }
    }

    @Test
    void submissionSummaryCountsTheObligatedUnitsAndTheInvitedApart() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            assertThat(texts(doc)).containsSubsequence(
                    "- Tổng số đơn vị phải báo cáo: 3 đơn vị, trong đó:",
                    "+ Đã nộp đúng hạn: 1 đơn vị;",
                    "+ Nộp muộn: 1 đơn vị;",
                    "+ Bị trả lại, không nộp lại: 0 đơn vị;",
                    "+ Không nộp: 1 đơn vị.",
                    "- Đơn vị được đề nghị tham gia báo cáo (không bắt buộc): 1 đơn vị, đã gửi 0 đơn vị "
                            + "(nội dung tại mục đóng góp của các đơn vị này).");
            assertThat(texts(doc)).contains(WordReportWriter.NO_INVITED_REPORTS);
        }
    }

    @Test
    void overdueTableListsExactlyTheObligatedUnitsNotOnTime() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            assertThat(texts(doc)).contains("Danh sách đơn vị phải báo cáo chưa nộp đúng hạn:");
            List<XWPFTable> tables = tablesWithHeader(doc, OVERDUE_HEADER);
            assertThat(tables).hasSize(1);
            // the invited Hội Nông dân tỉnh, returned and not resubmitted, is not listed as failing
            assertThat(dataRows(tables.get(0))).containsExactly(
                    List.of("1", LATE, "Nộp muộn", "09:30 17/01/2026", "2"),
                    List.of("2", MISSING, "Không nộp", "", ""));
        }
    }

    @Test
    void difficultiesAndProposalsNameTheUnitsAndSkipBlanks() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            List<String> texts = texts(doc);
            assertThat(texts).containsSubsequence("V. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", "1. Khó khăn, vướng mắc",
                    "- Thiếu cán bộ chuyên trách (" + LATE + "; nhiệm vụ 1.1).", "2. Kiến nghị",
                    "- Đề nghị bổ sung nguồn vốn ủy thác (" + ON_TIME + "; nhiệm vụ 2.2).");
            assertThat(texts).filteredOn(text -> text.contains("; nhiệm vụ ")).hasSize(2);
        }
    }

    @Test
    void closingListsRecipientsAndTheSigner() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(closing.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            assertThat(lines(closing.getRow(0).getCell(0))).containsExactly("Nơi nhận:",
                    "- Ủy ban nhân dân tỉnh Đồng Tháp;", "- Ngân hàng Nhà nước Việt Nam;", "- Lưu: VT.");
            XWPFTableCell signer = closing.getRow(0).getCell(1);
            assertThat(lines(signer)).containsExactly("GIÁM ĐỐC");
            assertThat(firstRun(signer.getParagraphs().get(0)).isBold()).isTrue();
        }
    }

    @Test
    void pageIsA4WithTheDecreesMarginsAndFont() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701),
                            BigInteger.valueOf(1134));

            XWPFRun body = firstRun(paragraph(doc, "I. TÌNH HÌNH GỬI BÁO CÁO"));
            assertThat(body.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(13.0);
            assertThat(doc.getParagraphs()).flatExtracting(XWPFParagraph::getRuns)
                    .extracting(XWPFRun::getFontFamily).containsOnly("Times New Roman");
        }
    }

    @Test
    void optionalFieldsMayBeMissing() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.sparse()))) {
            assertThat(texts(doc)).contains("BÁO CÁO", "1. Nội dung", "- Tổng số đơn vị phải báo cáo: 1 đơn vị, trong đó:",
                    "+ Không nộp: 0 đơn vị.", WordReportWriter.NO_FIGURES);
            assertThat(lines(doc.getTables().get(0).getRow(0).getCell(1)))
                    .contains("Đồng Tháp, ngày ...... tháng ...... năm ......");
        }
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }

    private static XWPFRun firstRun(XWPFParagraph paragraph) {
        return paragraph.getRuns().get(0);
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<XWPFTable> tablesWithHeader(XWPFDocument doc, List<String> header) {
        return doc.getTables().stream().filter(table -> cells(table.getRow(0)).equals(header)).toList();
    }

    private static List<List<String>> dataRows(XWPFTable table) {
        return table.getRows().stream().skip(1).map(WordReportWriterTest::cells).toList();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(Objects::toString).toList();
    }
}
