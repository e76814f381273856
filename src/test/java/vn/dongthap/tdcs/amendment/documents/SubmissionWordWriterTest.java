package vn.dongthap.tdcs.amendment.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.dongthap.tdcs.amendment.documents.AmendmentSubmission.Proposal;

class SubmissionWordWriterTest {

    private static final String PLAN_NUMBER = "752/KH-UBND";
    private static final String PLAN_ISSUER = "Ủy ban nhân dân tỉnh Đồng Tháp";
    private static final String PLAN_TITLE = "Kế hoạch thực hiện Quyết định số 1560/QĐ-TTg của Thủ tướng Chính phủ";
    private static final String CONSOLIDATOR = "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Đồng Tháp";

    private static final List<String> HEADER = List.of("STT", "Mã đề xuất", "Đơn vị đề xuất", "Loại đề xuất",
            "Nhiệm vụ (STT)", "Nội dung hiện hành", "Nội dung đề xuất", "Lý do", "Ý kiến của Chi nhánh NHCSXH tỉnh");

    private static final Proposal AMEND = new Proposal("DX-2026-0001", "Sở Tài chính", "Sửa đổi", "4.1",
            "Nội dung: Bố trí vốn ngân sách địa phương ủy thác qua NHCSXH\nĐơn vị chủ trì: Sở Tài chính\n"
                    + "Thời gian: Quý II/2026",
            "Thời gian: Quý IV/2026\nSản phẩm: Quyết định giao vốn",
            "Nguồn vốn năm 2026 được giao chậm.", "Thống nhất với đề xuất của Sở Tài chính.");
    private static final Proposal ADD = new Proposal("DX-2026-0002", "Ủy ban nhân dân xã Mỹ Hiệp", "Bổ sung", "4.6",
            "",
            "Nội dung: Tập huấn cán bộ tổ tiết kiệm và vay vốn\nĐơn vị chủ trì: Ủy ban nhân dân các xã, phường\n"
                    + "Thời gian: Hằng năm",
            "Chất lượng hoạt động tổ chưa đồng đều.", "Đề nghị bổ sung; giao Phòng giao dịch phối hợp.");
    private static final Proposal REPEAL = new Proposal("DX-2026-0003", "Sở Y tế", "Bãi bỏ", "5.4",
            "Nội dung: Khảo sát nhu cầu vay vốn nước sạch\nĐơn vị chủ trì: Sở Y tế",
            "Bãi bỏ nhiệm vụ",
            "Nhiệm vụ trùng với nhiệm vụ 5.2.", "Thống nhất bãi bỏ.");

    private final SubmissionWordWriter writer = new SubmissionWordWriter(new vn.dongthap.tdcs.documents.DocumentIssuer(
            "Ngân hàng Chính sách xã hội", "Chi nhánh tỉnh Đồng Tháp", "Đồng Tháp", "BC-NHCSXH", "TTr-NHCSXH", "Giám đốc"));

    @Test
    void headingFollowsTheAdministrativeLayout() throws IOException {
        try (XWPFDocument doc = open(writer.write(submission(List.of(AMEND, ADD, REPEAL))))) {
            XWPFTable heading = doc.getTables().get(0);
            assertThat(heading.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            // the same NĐ 30 heading as the report: governing body over issuing body, rule lines under both titles
            assertThat(lines(heading.getRow(0).getCell(0))).containsExactly("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
                    "CHI NHÁNH TỈNH ĐỒNG THÁP", "", "Số: ....../TTr-NHCSXH");
            assertThat(heading.getRow(0).getCell(0).getParagraphs().get(2).getBorderBottom())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            assertThat(lines(heading.getRow(0).getCell(1))).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "", "Đồng Tháp, ngày 05 tháng 02 năm 2026");
            assertThat(heading.getRow(0).getCell(1).getParagraphs().get(2).getBorderBottom())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        }
    }

    @Test
    void titleSubjectAndAddresseeComeInOrder() throws IOException {
        try (XWPFDocument doc = open(writer.write(submission(List.of(AMEND, ADD, REPEAL))))) {
            assertThat(texts(doc)).containsSubsequence("TỜ TRÌNH",
                    "Về việc sửa đổi, bổ sung Kế hoạch số 752/KH-UBND của Ủy ban nhân dân tỉnh Đồng Tháp",
                    "Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp.");
            XWPFParagraph title = paragraph(doc, "TỜ TRÌNH");
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns().get(0).isBold()).isTrue();
            assertThat(paragraph(doc, "Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp.").getAlignment())
                    .isEqualTo(ParagraphAlignment.CENTER);
        }
    }

    @Test
    void introductionQuotesClauseIII5AndCountsTheProposals() throws IOException {
        try (XWPFDocument doc = open(writer.write(submission(List.of(AMEND, ADD, REPEAL))))) {
            assertThat(texts(doc)).anySatisfy(text -> assertThat(text)
                    .startsWith("Tại mục III.5 Kế hoạch số 752/KH-UBND của Ủy ban nhân dân tỉnh Đồng Tháp (" + PLAN_TITLE)
                    .contains("“Trong quá trình tổ chức thực hiện Kế hoạch, trường hợp cần sửa đổi, bổ sung, các sở, "
                            + "ngành, địa phương chủ động đề xuất, gửi Chi nhánh Ngân hàng Chính sách xã hội Tỉnh "
                            + "tổng hợp, báo cáo Ủy ban nhân dân Tỉnh xem xét, quyết định”"));
            assertThat(texts(doc)).anySatisfy(text -> assertThat(text)
                    .contains(CONSOLIDATOR + " đã tiếp nhận, rà soát và tổng hợp 3 đề xuất")
                    .contains("(1 đề xuất sửa đổi, 1 đề xuất bổ sung, 1 đề xuất bãi bỏ)"));
        }
    }

    @Test
    void tableHasOneRowPerProposalWithEachValueInItsColumn() throws IOException {
        try (XWPFDocument doc = open(writer.write(submission(List.of(AMEND, ADD, REPEAL))))) {
            XWPFTable table = proposalTable(doc);
            assertThat(table.getRows()).hasSize(1 + 3);
            assertThat(cellTexts(table.getRow(0))).containsExactlyElementsOf(HEADER);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(dataRows(table)).containsExactly(
                    expectedRow(1, AMEND), expectedRow(2, ADD), expectedRow(3, REPEAL));
        }
    }

    @Test
    void multiLineTextsKeepTheirLineBreaksInsideTheCell() throws IOException {
        try (XWPFDocument doc = open(writer.write(submission(List.of(AMEND, ADD, REPEAL))))) {
            XWPFTableRow amendRow = proposalTable(doc).getRow(1);
            XWPFTableCell current = amendRow.getCell(5);
            assertThat(current.getText()).isEqualTo(
                    "Nội dung: Bố trí vốn ngân sách địa phương ủy thác qua NHCSXH\nĐơn vị chủ trì: Sở Tài chính\n"
                            + "Thời gian: Quý II/2026");
            // Three lines are three text pieces separated by two breaks, in one paragraph of the cell.
            assertThat(current.getParagraphs()).hasSize(1);
            XWPFRun run = current.getParagraphs().get(0).getRuns().get(0);
            assertThat(run.getCTR().sizeOfBrArray()).isEqualTo(2);
            assertThat(run.getCTR().sizeOfTArray()).isEqualTo(3);

            XWPFRun proposed = amendRow.getCell(6).getParagraphs().get(0).getRuns().get(0);
            assertThat(proposed.getCTR().sizeOfBrArray()).isEqualTo(1);
            assertThat(proposed.getCTR().getTArray(1).getStringValue()).isEqualTo("Sản phẩm: Quyết định giao vốn");
        }
    }

    @Test
    void tablePagesAreLandscapeWhileTheHeadingPageStaysPortrait() throws IOException {
        try (XWPFDocument doc = open(writer.write(submission(List.of(AMEND, ADD, REPEAL))))) {
            CTSectPr portrait = doc.getParagraphs().stream()
                    .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .map(p -> p.getCTP().getPPr().getSectPr())
                    .findFirst().orElseThrow();
            assertThat(portrait.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);

            CTPageSz last = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(last.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(((Number) last.getW()).intValue()).isGreaterThan(((Number) last.getH()).intValue());
        }
    }

    @Test
    void closingRecipientsAndSignatureFollowTheTable() throws IOException {
        try (XWPFDocument doc = open(writer.write(submission(List.of(AMEND, ADD, REPEAL))))) {
            assertThat(texts(doc)).contains("Chi nhánh Ngân hàng Chính sách xã hội tỉnh kính trình Ủy ban nhân dân "
                    + "tỉnh xem xét, quyết định./.");
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(closing.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
            assertThat(lines(closing.getRow(0).getCell(0))).containsExactly("Nơi nhận:", "- Như trên;", "- Lưu: VT.");
            assertThat(lines(closing.getRow(0).getCell(1))).containsExactly("GIÁM ĐỐC");
        }
    }
    @Test
    void theAddresseeIsTheOneTheSubmissionNames() throws IOException {
        AmendmentSubmission toAnother = new AmendmentSubmission("TT-2026-01", PLAN_NUMBER, PLAN_TITLE, PLAN_ISSUER,
                "Ủy ban nhân dân tỉnh An Giang", CONSOLIDATOR, LocalDate.of(2026, 2, 5), List.of(AMEND));
        try (XWPFDocument doc = open(writer.write(toAnother))) {
            assertThat(texts(doc)).contains("Kính gửi: Ủy ban nhân dân tỉnh An Giang.")
                    .doesNotContain("Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp.");
        }
    }

    @Test
    void missingOptionalFieldsLeaveBlanksInsteadOfFailing() throws IOException {
        Proposal bare = new Proposal("DX-2026-0009", null, null, null, null, null, null, null);
        List<Proposal> withNull = new ArrayList<>();
        withNull.add(bare);
        withNull.add(null);
        AmendmentSubmission sparse = new AmendmentSubmission(null, null, null, null, null, null, null, withNull);
        try (XWPFDocument doc = open(writer.write(sparse))) {
            assertThat(lines(doc.getTables().get(0).getRow(0).getCell(1)))
                    .contains("Đồng Tháp, ngày ...... tháng ...... năm ......");
            assertThat(texts(doc)).contains("Về việc sửa đổi, bổ sung Kế hoạch", "Kính gửi: Ủy ban nhân dân tỉnh.");
            assertThat(dataRows(proposalTable(doc)))
                    .containsExactly(List.of("1", "DX-2026-0009", "", "", "", "", "", "", ""));
        }
    }

    @Test
    void withoutProposalsThereIsNoTable() throws IOException {
        AmendmentSubmission empty = new AmendmentSubmission("TT-2026-02", PLAN_NUMBER, PLAN_TITLE, PLAN_ISSUER,
                PLAN_ISSUER, CONSOLIDATOR, null, null);
        try (XWPFDocument doc = open(writer.write(empty))) {
            assertThat(doc.getTables()).noneMatch(SubmissionWordWriterTest::isProposalTable);
            assertThat(texts(doc)).contains(SubmissionWordWriter.NO_PROPOSALS);
        }
    }

    private static AmendmentSubmission submission(List<Proposal> proposals) {
        return new AmendmentSubmission("TT-2026-01", PLAN_NUMBER, PLAN_TITLE, PLAN_ISSUER, PLAN_ISSUER, CONSOLIDATOR,
                LocalDate.of(2026, 2, 5), proposals);
    }

    /** Written out column by column, independently of the writer, so that a swap shows. */
    private static List<String> expectedRow(int number, Proposal p) {
        return List.of(String.valueOf(number), p.key(), p.unitName(), p.kindLabel(), p.stt(), p.currentText(),
                p.proposedText(), p.reason(), p.branchOpinion());
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static XWPFTable proposalTable(XWPFDocument doc) {
        List<XWPFTable> tables = doc.getTables().stream().filter(SubmissionWordWriterTest::isProposalTable).toList();
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    private static boolean isProposalTable(XWPFTable table) {
        return cellTexts(table.getRow(0)).equals(HEADER);
    }

    private static List<List<String>> dataRows(XWPFTable table) {
        return table.getRows().stream().skip(1).map(SubmissionWordWriterTest::cellTexts).toList();
    }

    private static List<String> cellTexts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> Objects.equals(p.getText(), text)).findFirst().orElseThrow();
    }
}
