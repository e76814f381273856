package vn.dongthap.tdcs.reporting.documents;

import vn.dongthap.tdcs.documents.AdministrativeHeading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.CONSOLIDATOR;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.ITEM_1;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.ITEM_2;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.LATE;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.MISSING;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.ON_TIME;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.RETURNED;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.ROUND_TITLE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.ItemResults;

class WordReportWriterTest {

    private static final List<String> RESULT_HEADER = List.of(
            "Đơn vị", "Mức độ thực hiện", "Kết quả", "Sản phẩm", "Khó khăn, vướng mắc", "Kiến nghị");
    private static final List<String> FIGURE_HEADER = List.of("STT", "Đơn vị", "Số liệu");
    private static final List<String> OVERDUE_HEADER = List.of(
            "STT", "Đơn vị", "Tình trạng", "Thời điểm nộp", "Số ngày muộn");

    private final WordReportWriter writer = new WordReportWriter();

    @Test
    void headingFollowsTheAdministrativeLayout() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            XWPFTable heading = doc.getTables().get(0);
            assertThat(heading.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            assertThat(heading.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);

            XWPFTableCell issuer = heading.getRow(0).getCell(0);
            assertThat(lines(issuer)).containsExactly("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
                    "CHI NHÁNH NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TỈNH ĐỒNG THÁP", "Số: ....../BC-NHCSXH");
            assertThat(firstRun(issuer.getParagraphs().get(1)).isBold()).isTrue();

            XWPFTableCell nation = heading.getRow(0).getCell(1);
            assertThat(lines(nation)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Đồng Tháp, ngày 20 tháng 01 năm 2026");
            assertThat(firstRun(nation.getParagraphs().get(0)).isBold()).isTrue();
            assertThat(firstRun(nation.getParagraphs().get(1)).isBold()).isTrue();
            assertThat(firstRun(nation.getParagraphs().get(2)).isItalic()).isTrue();
        }
    }

    @Test
    void datesFollowTheDecreesLeadingZeroRule() {
        assertThat(AdministrativeHeading.date(LocalDate.of(2026, 3, 5))).isEqualTo("ngày 05 tháng 3 năm 2026");
        assertThat(AdministrativeHeading.date(LocalDate.of(2026, 2, 15))).isEqualTo("ngày 15 tháng 02 năm 2026");
        assertThat(AdministrativeHeading.date(LocalDate.of(2026, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2026");
    }

    @Test
    void titleAndIntroductionNameTheRoundAndThePlan() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            XWPFParagraph title = paragraph(doc, "BÁO CÁO");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(firstRun(title).isBold()).isTrue();
            assertThat(firstRun(title).getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(paragraph(doc, ROUND_TITLE).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);

            assertThat(texts(doc)).anySatisfy(text -> assertThat(text)
                    .startsWith("Thực hiện Kế hoạch số 752/KH-UBND của Ủy ban nhân dân tỉnh Đồng Tháp")
                    .contains("Kế hoạch thực hiện Quyết định số 1560/QĐ-TTg")
                    .endsWith(CONSOLIDATOR + " tổng hợp kết quả thực hiện của các cơ quan, đơn vị như sau:"));
        }
    }

    @Test
    void sectionsComeInOrder() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            assertThat(texts(doc)).containsSubsequence("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", "1.1. " + ITEM_1,
                    "2.2. " + ITEM_2, "II. TÌNH HÌNH GỬI BÁO CÁO", "III. SỐ LIỆU CÁC ĐƠN VỊ BÁO CÁO",
                    "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ");
        }
    }

    @Test
    void withoutDeclaredFiguresThereIsNoFigureSection() throws IOException {
        ConsolidatedReport report = SampleReports.report();
        ConsolidatedReport noFigures = new ConsolidatedReport(report.roundKey(), report.roundTitle(), report.kindLabel(),
                report.deadline(), report.dataCutoff(), report.planNumber(), report.planTitle(), report.issuerName(),
                report.consolidatorName(), report.recipients(), report.reportDate(), report.items(), report.units(),
                List.of());
        try (XWPFDocument doc = open(writer.write(noFigures))) {
            assertThat(texts(doc)).containsSubsequence("II. TÌNH HÌNH GỬI BÁO CÁO", "III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ")
                    .noneMatch(text -> text.contains("SỐ LIỆU CÁC ĐƠN VỊ"));
        }
    }

    @Test
    void eachFigureHasATableOfTheUnitsThatReportedItInVietnameseNumbers() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            assertThat(texts(doc)).containsSubsequence("III. SỐ LIỆU CÁC ĐƠN VỊ BÁO CÁO",
                    "1. Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm (triệu đồng)",
                    "2. Đóng góp Quỹ “Vì người nghèo” trong năm (triệu đồng)");
            List<XWPFTable> tables = tablesWithHeader(doc, FIGURE_HEADER);
            assertThat(tables).hasSize(2);
            assertThat(dataRows(tables.get(0))).containsExactly(List.of("1", ON_TIME, "1.500,50"),
                    List.of("2", LATE, "2.000,00"), List.of("", "Tổng cộng", "3.500,50"));
            assertThat(dataRows(tables.get(1))).containsExactly(List.of("1", ON_TIME, "20,00"),
                    List.of("2", RETURNED, "35,25"), List.of("", "Tổng cộng", "55,25"));
        }
    }

    @Test
    void eachItemHasOneRowPerReportingUnit() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            List<XWPFTable> tables = tablesWithHeader(doc, RESULT_HEADER);
            assertThat(tables).hasSize(2);
            assertThat(dataRows(tables.get(0))).extracting(row -> row.get(0), row -> row.get(1), row -> row.get(4))
                    .containsExactly(tuple(ON_TIME, "Đã hoàn thành", ""),
                            tuple(LATE, "Đang thực hiện", "Thiếu cán bộ chuyên trách"),
                            tuple(RETURNED, "Chưa thực hiện", ""));
            assertThat(dataRows(tables.get(1))).extracting(row -> row.get(0), row -> row.get(2))
                    .containsExactly(tuple(ON_TIME, "Vận động được 20 triệu đồng"), tuple(LATE, "Đang tổng hợp"));
        }
    }

    @Test
    void itemWithoutResultsSaysSo() throws IOException {
        List<ItemResults> items = SampleReports.items();
        ItemResults unanswered = new ItemResults("2.2", ITEM_2, List.of());
        try (XWPFDocument doc = open(writer.write(SampleReports.report(List.of(items.get(0), unanswered))))) {
            assertThat(tablesWithHeader(doc, RESULT_HEADER)).hasSize(1);
            assertThat(texts(doc)).containsSubsequence("2.2. " + ITEM_2, WordReportWriter.NO_RESULTS,
                    "II. TÌNH HÌNH GỬI BÁO CÁO");
        }
    }

    @Test
    void submissionSummaryCountsEachState() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            assertThat(texts(doc)).containsSubsequence(
                    "- Tổng số đơn vị được yêu cầu báo cáo: 4 đơn vị;",
                    "- Đã nộp đúng hạn: 1 đơn vị;",
                    "- Nộp muộn: 1 đơn vị;",
                    "- Bị trả lại, không nộp lại: 1 đơn vị;",
                    "- Không nộp: 1 đơn vị.");
        }
    }

    @Test
    void overdueTableListsExactlyTheUnitsNotOnTime() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            assertThat(texts(doc)).contains("Danh sách đơn vị không nộp báo cáo đúng hạn:");
            List<XWPFTable> tables = tablesWithHeader(doc, OVERDUE_HEADER);
            assertThat(tables).hasSize(1);
            assertThat(dataRows(tables.get(0))).containsExactly(
                    List.of("1", LATE, "Nộp muộn", "09:30 17/01/2026", "2"),
                    List.of("2", RETURNED, "Bị trả lại, không nộp lại", "14:00 12/01/2026", ""),
                    List.of("3", MISSING, "Không nộp", "", ""));
        }
    }

    @Test
    void difficultiesAndProposalsNameTheUnitAndSkipBlanks() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.report()))) {
            List<String> texts = texts(doc);
            assertThat(texts).containsSubsequence("IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", "1. Khó khăn, vướng mắc",
                    "- " + LATE + " (nhiệm vụ 1.1): Thiếu cán bộ chuyên trách", "2. Kiến nghị",
                    "- " + ON_TIME + " (nhiệm vụ 2.2): Đề nghị bổ sung nguồn vốn ủy thác");
            assertThat(texts).filteredOn(text -> text.contains("(nhiệm vụ ")).hasSize(2);
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

            XWPFRun body = firstRun(paragraph(doc, "II. TÌNH HÌNH GỬI BÁO CÁO"));
            assertThat(body.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(13.0);
            assertThat(doc.getParagraphs()).flatExtracting(XWPFParagraph::getRuns)
                    .extracting(XWPFRun::getFontFamily).containsOnly("Times New Roman");
        }
    }

    @Test
    void optionalFieldsMayBeMissing() throws IOException {
        try (XWPFDocument doc = open(writer.write(SampleReports.sparse()))) {
            assertThat(texts(doc)).contains("BÁO CÁO", "1. Nội dung", "- Tổng số đơn vị được yêu cầu báo cáo: 1 đơn vị;",
                    "- Không nộp: 0 đơn vị.", WordReportWriter.NO_FIGURES);
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
