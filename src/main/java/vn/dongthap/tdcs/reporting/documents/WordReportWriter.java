package vn.dongthap.tdcs.reporting.documents;

import vn.dongthap.tdcs.documents.DocxTable;
import vn.dongthap.tdcs.documents.Docx;
import vn.dongthap.tdcs.documents.DocumentFormats;
import vn.dongthap.tdcs.documents.AdministrativeHeading;
import static vn.dongthap.tdcs.documents.DocumentFormats.hasText;
import static vn.dongthap.tdcs.documents.DocumentFormats.orEmpty;
import static vn.dongthap.tdcs.documents.DocumentFormats.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.ItemResults;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.UnitResult;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.UnitStatus;
import vn.dongthap.tdcs.documents.Docx.Style;
import vn.dongthap.tdcs.reporting.UnitState;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.Figure;

/** The consolidated report of a round as a .docx in the layout of Nghị định 30/2020/NĐ-CP. */
@Component
public class WordReportWriter {

    static final String NO_RESULTS = "Chưa có đơn vị báo cáo nội dung này.";
    static final String NO_FIGURES = "Chưa có đơn vị báo cáo số liệu này.";
    private static final String[] SECTIONS = {"I", "II", "III", "IV", "V"};

    private static final Style BODY = Style.BODY;
    private static final Style TITLE = BODY.size(14).bold();
    /** The decree allows 12–13 pt for the national title and the issuing body's name; 13 would not fit one line. */
    /** Six columns on 16 cm of paper: tables are set one point smaller than the body. */
    private static final Style TABLE = BODY.size(12);
    private static final Style RECIPIENTS_TITLE = BODY.size(12).bold().italic();
    private static final Style RECIPIENTS = BODY.size(11);

    // Column widths in twips; each set adds up to the 16 cm between the margins.
    private static final int[] CLOSING_WIDTHS = {Docx.TEXT_WIDTH / 2, Docx.TEXT_WIDTH - Docx.TEXT_WIDTH / 2};

    private static final List<String> RESULT_COLUMNS = List.of(
            "Đơn vị", "Mức độ thực hiện", "Kết quả", "Sản phẩm", "Khó khăn, vướng mắc", "Kiến nghị");
    private static final int[] RESULT_WIDTHS = {1550, 1250, 2000, 1450, 1411, 1410};
    private static final List<ParagraphAlignment> RESULT_ALIGNMENTS = List.of(ParagraphAlignment.LEFT,
            ParagraphAlignment.CENTER, ParagraphAlignment.BOTH, ParagraphAlignment.LEFT, ParagraphAlignment.BOTH,
            ParagraphAlignment.BOTH);

    private static final List<String> FIGURE_COLUMNS = List.of("STT", "Đơn vị", "Số liệu");
    private static final int[] FIGURE_WIDTHS = {600, 5471, 3000};
    private static final List<ParagraphAlignment> FIGURE_ALIGNMENTS = List.of(ParagraphAlignment.CENTER,
            ParagraphAlignment.LEFT, ParagraphAlignment.RIGHT);

    private static final List<String> OVERDUE_COLUMNS = List.of(
            "STT", "Đơn vị", "Tình trạng", "Thời điểm nộp", "Số ngày muộn");
    private static final int[] OVERDUE_WIDTHS = {600, 3271, 2100, 1900, 1200};
    private static final List<ParagraphAlignment> OVERDUE_ALIGNMENTS = List.of(ParagraphAlignment.CENTER,
            ParagraphAlignment.LEFT, ParagraphAlignment.LEFT, ParagraphAlignment.CENTER, ParagraphAlignment.CENTER);

    public byte[] write(ConsolidatedReport report) {
        Objects.requireNonNull(report, "report");
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx.a4Portrait(doc);
            AdministrativeHeading.write(doc, report.consolidatorName(), "Số: ....../BC-NHCSXH", report.reportDate());
            writeTitle(doc, report);
            writeIntroduction(doc, report);
            int section = 0;
            writeTaskResults(doc, SECTIONS[section++], orEmpty(report.items()));
            writeSubmissionSummary(doc, SECTIONS[section++], orEmpty(report.units()));
            if (!orEmpty(report.figures()).isEmpty()) {
                writeFigures(doc, SECTIONS[section++], report.figures(), orEmpty(report.units()));
            }
            writeDifficultiesAndProposals(doc, SECTIONS[section], orEmpty(report.items()));
            writeClosing(doc, report);
            return Docx.toBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp Word báo cáo tổng hợp", e);
        }
    }

    private void writeTitle(XWPFDocument doc, ConsolidatedReport report) {
        Docx.centered(doc, "BÁO CÁO", TITLE).setSpacingBefore(360);
        Docx.centered(doc, text(report.roundTitle()), TITLE).setSpacingAfter(240);
    }

    private void writeIntroduction(XWPFDocument doc, ConsolidatedReport report) {
        StringBuilder sentence = new StringBuilder("Thực hiện Kế hoạch");
        if (hasText(report.planNumber())) {
            sentence.append(" số ").append(report.planNumber());
        }
        if (hasText(report.issuerName())) {
            sentence.append(" của ").append(report.issuerName());
        }
        if (hasText(report.planTitle())) {
            sentence.append(" (").append(report.planTitle()).append(')');
        }
        sentence.append(", ").append(hasText(report.consolidatorName()) ? report.consolidatorName() : "đơn vị tổng hợp")
                .append(" tổng hợp kết quả thực hiện của các cơ quan, đơn vị như sau:");
        Docx.body(doc, sentence.toString(), BODY);
    }

    private void writeTaskResults(XWPFDocument doc, String number, List<ItemResults> items) {
        Docx.body(doc, number + ". KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", BODY.bold());
        for (ItemResults item : items) {
            Docx.body(doc, itemHeading(item), BODY.bold());
            List<UnitResult> results = orEmpty(item.results());
            if (results.isEmpty()) {
                Docx.body(doc, NO_RESULTS, BODY.italic());
            } else {
                writeResultsTable(doc, results);
            }
        }
    }

    static String itemHeading(ItemResults item) {
        return hasText(item.stt()) ? item.stt() + ". " + text(item.content()) : text(item.content());
    }

    private void writeResultsTable(XWPFDocument doc, List<UnitResult> results) {
        DocxTable table = DocxTable.create(doc, RESULT_WIDTHS).header(TABLE, RESULT_COLUMNS);
        for (UnitResult result : results) {
            table.row(TABLE, List.of(text(result.unitName()), text(result.levelLabel()), text(result.result()),
                    text(result.product()), text(result.difficulties()), text(result.proposals())), RESULT_ALIGNMENTS);
        }
        spaceAfterTable(doc);
    }

    /** Counts in the one vocabulary of UnitState: every state a closed round can have, and any other that occurs. */
    private void writeSubmissionSummary(XWPFDocument doc, String number, List<UnitStatus> units) {
        Docx.body(doc, number + ". TÌNH HÌNH GỬI BÁO CÁO", BODY.bold());
        Map<UnitState, Long> counts = units.stream().filter(unit -> unit.state() != null).collect(Collectors.groupingBy(
                UnitStatus::state, () -> new EnumMap<>(UnitState.class), Collectors.counting()));
        Docx.body(doc, "- Tổng số đơn vị được yêu cầu báo cáo: " + units.size() + " đơn vị;", BODY);
        // the invited units' states only when the round had invited units
        List<UnitState> shown = UnitState.all().stream()
                .filter(state -> state.possibleWhen(false) && !state.invitedOnly() || counts.containsKey(state)).toList();
        for (int i = 0; i < shown.size(); i++) {
            UnitState state = shown.get(i);
            Docx.body(doc, "- " + state.label() + ": " + counts.getOrDefault(state, 0L) + " đơn vị"
                    + (i == shown.size() - 1 ? "." : ";"), BODY);
        }

        // Units only invited to contribute (III.3) are never listed as late or missing.
        List<UnitStatus> notOnTime = units.stream().filter(unit -> unit.state() != null && unit.state().shortfall()).toList();
        if (notOnTime.isEmpty()) {
            Docx.body(doc, "Tất cả các đơn vị đã nộp báo cáo đúng hạn.", BODY);
        } else {
            Docx.body(doc, "Danh sách đơn vị không nộp báo cáo đúng hạn:", BODY);
            writeOverdueTable(doc, notOnTime);
        }
    }

    /** One table per figure, with the units that reported it and the total. */
    private void writeFigures(XWPFDocument doc, String number, List<Figure> figures, List<UnitStatus> units) {
        Docx.body(doc, number + ". SỐ LIỆU CÁC ĐƠN VỊ BÁO CÁO", BODY.bold());
        int index = 1;
        for (Figure figure : figures) {
            Docx.body(doc, index++ + ". " + text(figure.labelWithUnit()), BODY.bold());
            List<UnitStatus> reported = units.stream().filter(unit -> unit.figure(figure.key()) != null).toList();
            if (reported.isEmpty()) {
                Docx.body(doc, NO_FIGURES, BODY.italic());
                continue;
            }
            DocxTable table = DocxTable.create(doc, FIGURE_WIDTHS).header(TABLE, FIGURE_COLUMNS);
            BigDecimal total = BigDecimal.ZERO;
            int row = 1;
            for (UnitStatus unit : reported) {
                BigDecimal value = unit.figure(figure.key());
                total = total.add(value);
                table.row(TABLE, List.of(String.valueOf(row++), text(unit.unitName()),
                        DocumentFormats.number(value, figure.decimals())), FIGURE_ALIGNMENTS);
            }
            table.row(TABLE.bold(), List.of("", "Tổng cộng", DocumentFormats.number(total, figure.decimals())),
                    FIGURE_ALIGNMENTS);
            spaceAfterTable(doc);
        }
    }

    private void writeOverdueTable(XWPFDocument doc, List<UnitStatus> overdue) {
        DocxTable table = DocxTable.create(doc, OVERDUE_WIDTHS).header(TABLE, OVERDUE_COLUMNS);
        int number = 1;
        for (UnitStatus unit : overdue) {
            table.row(TABLE, List.of(String.valueOf(number++), text(unit.unitName()), text(unit.statusLabel()),
                    DocumentFormats.dateTime(unit.submittedAt()),
                    unit.daysLate() == null ? "" : String.valueOf(unit.daysLate())), OVERDUE_ALIGNMENTS);
        }
        spaceAfterTable(doc);
    }

    private void writeDifficultiesAndProposals(XWPFDocument doc, String number, List<ItemResults> items) {
        Docx.body(doc, number + ". KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", BODY.bold());
        Docx.body(doc, "1. Khó khăn, vướng mắc", BODY.bold());
        writeNotes(doc, items, UnitResult::difficulties, "Các đơn vị không báo cáo khó khăn, vướng mắc.");
        Docx.body(doc, "2. Kiến nghị", BODY.bold());
        writeNotes(doc, items, UnitResult::proposals, "Các đơn vị không có kiến nghị.");
    }

    /** One line per unit and item that wrote something, so the reader can trace it back to the task. */
    private void writeNotes(XWPFDocument doc, List<ItemResults> items, Function<UnitResult, String> note,
                            String whenNone) {
        boolean any = false;
        for (ItemResults item : items) {
            for (UnitResult result : orEmpty(item.results())) {
                if (hasText(note.apply(result))) {
                    Docx.body(doc, "- " + noteSource(item, result) + ": " + text(note.apply(result)), BODY);
                    any = true;
                }
            }
        }
        if (!any) {
            Docx.body(doc, whenNone, BODY);
        }
    }

    private static String noteSource(ItemResults item, UnitResult result) {
        return hasText(item.stt()) ? text(result.unitName()) + " (nhiệm vụ " + item.stt() + ")"
                : text(result.unitName());
    }

    /** "Nơi nhận" on the left and the signer's title on the right, as the decree lays out the last page. */
    private void writeClosing(XWPFDocument doc, ConsolidatedReport report) {
        String plan = hasText(report.planNumber()) ? " Kế hoạch số " + report.planNumber() : " kế hoạch";
        Docx.body(doc, "Trên đây là báo cáo tổng hợp kết quả thực hiện" + plan + " của các cơ quan, đơn vị./.", BODY);

        DocxTable closing = DocxTable.create(doc, CLOSING_WIDTHS).borderless();
        XWPFTableCell recipients = closing.cell(0, 0);
        Docx.line(recipients, "Nơi nhận:", RECIPIENTS_TITLE, ParagraphAlignment.LEFT);
        for (String recipient : orEmpty(report.recipients())) {
            if (hasText(recipient)) {
                Docx.line(recipients, "- " + text(recipient) + ";", RECIPIENTS, ParagraphAlignment.LEFT);
            }
        }
        Docx.line(recipients, "- Lưu: VT.", RECIPIENTS, ParagraphAlignment.LEFT);

        Docx.line(closing.cell(0, 1), "GIÁM ĐỐC", BODY.bold(), ParagraphAlignment.CENTER);
        // Word expects the body to end with a paragraph, not a table.
        doc.createParagraph();
    }

    /** Without a paragraph in between, the next heading sits flush against the table's bottom border. */
    private static void spaceAfterTable(XWPFDocument doc) {
        doc.createParagraph().setSpacingAfter(0);
    }
}
