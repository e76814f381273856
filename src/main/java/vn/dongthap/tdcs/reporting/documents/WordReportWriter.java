package vn.dongthap.tdcs.reporting.documents;

import static vn.dongthap.tdcs.documents.DocumentFormats.hasText;
import static vn.dongthap.tdcs.documents.DocumentFormats.orEmpty;
import static vn.dongthap.tdcs.documents.DocumentFormats.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.documents.AdministrativeHeading;
import vn.dongthap.tdcs.documents.DocumentFormats;
import vn.dongthap.tdcs.documents.DocumentIssuer;
import vn.dongthap.tdcs.documents.Docx;
import vn.dongthap.tdcs.documents.Docx.Style;
import vn.dongthap.tdcs.documents.DocxTable;
import vn.dongthap.tdcs.reporting.UnitState;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.Figure;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.ItemResults;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.UnitResult;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.UnitStatus;

/**
 * The consolidated report of a round as a .docx in the layout of Nghị định 30/2020/NĐ-CP. It synthesises rather
 * than stacks (every unit's own answers are in the Excel appendix): per plan item how many units reached each level
 * of completion and their main results grouped; the totals of the figures; the units that must report and did not
 * on time; the contributions of the units only invited to report, apart.
 */
@Component
public class WordReportWriter {

    static final String DOCUMENT_TYPE = "BÁO CÁO";
    static final String NO_RESULTS = "Chưa có đơn vị báo cáo nội dung này.";
    static final String NO_FIGURES = "Chưa có đơn vị báo cáo số liệu.";
    static final String ALL_ON_TIME = "Tất cả các đơn vị phải báo cáo đã nộp đúng hạn.";
    static final String NO_INVITED_REPORTS = "Chưa có đơn vị được đề nghị tham gia gửi báo cáo.";
    static final String TOTAL = "Tổng cộng";
    /** A level shows its most frequent results up to this many; the rest are counted (all are in the Excel file). */
    static final int MAIN_RESULTS = 5;
    /** Units named after a result; more are counted. */
    static final int NAMED_UNITS = 3;
    private static final String[] SECTIONS = {"I", "II", "III", "IV", "V"};

    private static final Style BODY = Style.BODY;
    private static final Style TITLE = BODY.size(14).bold();
    /** Tables are set one point smaller than the body. */
    private static final Style TABLE = BODY.size(12);
    private static final Style RECIPIENTS_TITLE = BODY.size(12).bold().italic();
    private static final Style RECIPIENTS = BODY.size(11);

    // Column widths in twips; each set adds up to the 16 cm between the margins.
    private static final int[] CLOSING_WIDTHS = {Docx.TEXT_WIDTH / 2, Docx.TEXT_WIDTH - Docx.TEXT_WIDTH / 2};

    static final List<String> LEVEL_COLUMNS = List.of("Mức độ thực hiện", "Số đơn vị", "Kết quả chủ yếu");
    private static final int[] LEVEL_WIDTHS = {1900, 1000, Docx.TEXT_WIDTH - 2900};
    private static final List<ParagraphAlignment> LEVEL_ALIGNMENTS = List.of(ParagraphAlignment.LEFT,
            ParagraphAlignment.CENTER, ParagraphAlignment.BOTH);

    static final List<String> FIGURE_COLUMNS = List.of("STT", "Chỉ tiêu", "Số đơn vị báo cáo", "Tổng số");
    private static final int[] FIGURE_WIDTHS = {600, 4871, 1600, Docx.TEXT_WIDTH - 7071};
    private static final List<ParagraphAlignment> FIGURE_ALIGNMENTS = List.of(ParagraphAlignment.CENTER,
            ParagraphAlignment.LEFT, ParagraphAlignment.CENTER, ParagraphAlignment.RIGHT);

    static final List<String> OVERDUE_COLUMNS = List.of("STT", "Đơn vị", "Tình trạng", "Thời điểm nộp", "Số ngày muộn");
    private static final int[] OVERDUE_WIDTHS = {600, 3271, 2100, 1900, 1200};
    private static final List<ParagraphAlignment> OVERDUE_ALIGNMENTS = List.of(ParagraphAlignment.CENTER,
            ParagraphAlignment.LEFT, ParagraphAlignment.LEFT, ParagraphAlignment.CENTER, ParagraphAlignment.CENTER);

    private final DocumentIssuer issuer;

    public WordReportWriter(DocumentIssuer issuer) {
        this.issuer = issuer;
    }

    public byte[] write(ConsolidatedReport report) {
        Objects.requireNonNull(report, "report");
        List<UnitStatus> units = orEmpty(report.units());
        List<UnitStatus> obligated = units.stream().filter(UnitStatus::obligated).toList();
        List<UnitStatus> invited = units.stream().filter(unit -> !unit.obligated()).toList();
        Set<String> invitedIds = invited.stream().map(UnitStatus::unitId).collect(Collectors.toSet());
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx.a4Portrait(doc);
            AdministrativeHeading.write(doc, issuer, issuer.blankNumberLine(issuer.reportSymbol()), report.reportDate());
            writeTitle(doc, report);
            writeIntroduction(doc, report);
            int section = 0;
            writeSubmissionSummary(doc, SECTIONS[section++], obligated, invited);
            writeTaskResults(doc, SECTIONS[section++], orEmpty(report.items()), orEmpty(report.levels()), invitedIds);
            if (!orEmpty(report.figures()).isEmpty()) {
                writeFigureTotals(doc, SECTIONS[section++], report.figures(), obligated);
            }
            if (!invited.isEmpty()) {
                writeInvitedContributions(doc, SECTIONS[section++], invited, orEmpty(report.items()),
                        orEmpty(report.figures()));
            }
            writeDifficultiesAndProposals(doc, SECTIONS[section], orEmpty(report.items()));
            writeClosing(doc, report);
            return Docx.toBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp Word báo cáo tổng hợp", e);
        }
    }

    /** Document type, then the trích yếu: "BÁO CÁO" / "Tình hình thực hiện Kế hoạch số … năm 2026". */
    private void writeTitle(XWPFDocument doc, ConsolidatedReport report) {
        Docx.centered(doc, DOCUMENT_TYPE, TITLE).setSpacingBefore(360);
        String subject = hasText(report.subject()) ? report.subject() : report.roundTitle();
        Docx.centered(doc, text(subject), TITLE).setSpacingAfter(240);
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

    /**
     * Counts in the one vocabulary of UnitState, of the units that must report; the late and missing among them in a
     * table. Invited units are counted apart and never as failing.
     */
    private void writeSubmissionSummary(XWPFDocument doc, String number, List<UnitStatus> obligated,
                                        List<UnitStatus> invited) {
        Docx.body(doc, number + ". TÌNH HÌNH GỬI BÁO CÁO", BODY.bold());
        Map<UnitState, Long> counts = obligated.stream().filter(unit -> unit.state() != null).collect(Collectors.groupingBy(
                UnitStatus::state, () -> new EnumMap<>(UnitState.class), Collectors.counting()));
        Docx.body(doc, "- Tổng số đơn vị phải báo cáo: " + obligated.size() + " đơn vị, trong đó:", BODY);
        List<UnitState> shown = UnitState.all().stream()
                .filter(state -> state.possibleWhen(false) && !state.invitedOnly() || counts.containsKey(state)).toList();
        for (int i = 0; i < shown.size(); i++) {
            UnitState state = shown.get(i);
            Docx.body(doc, "+ " + state.label() + ": " + counts.getOrDefault(state, 0L) + " đơn vị"
                    + (i == shown.size() - 1 ? "." : ";"), BODY);
        }
        if (!invited.isEmpty()) {
            long sent = invited.stream().filter(WordReportWriter::submitted).count();
            Docx.body(doc, "- Đơn vị được đề nghị tham gia báo cáo (không bắt buộc): " + invited.size()
                    + " đơn vị, đã gửi " + sent + " đơn vị (nội dung tại mục đóng góp của các đơn vị này).", BODY);
        }
        // Units only invited to contribute (III.3) are never listed as late or missing.
        List<UnitStatus> notOnTime = obligated.stream()
                .filter(unit -> unit.state() != null && unit.state().shortfall()).toList();
        if (notOnTime.isEmpty()) {
            Docx.body(doc, ALL_ON_TIME, BODY);
        } else {
            Docx.body(doc, "Danh sách đơn vị phải báo cáo chưa nộp đúng hạn:", BODY);
            writeOverdueTable(doc, notOnTime);
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

    /** Per item: how many units reported, how many reached each level, and the main results of each level. */
    private void writeTaskResults(XWPFDocument doc, String number, List<ItemResults> items, List<String> levels,
                                  Set<String> invited) {
        Docx.body(doc, number + ". KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", BODY.bold());
        for (ItemResults item : items) {
            Docx.body(doc, itemHeading(item), BODY.bold());
            List<UnitResult> results = orEmpty(item.results()).stream()
                    .filter(result -> !invited.contains(result.unitId())).toList();
            if (results.isEmpty()) {
                Docx.body(doc, NO_RESULTS, BODY.italic());
                continue;
            }
            Map<String, List<UnitResult>> byLevel = byLevel(results, levels);
            Docx.body(doc, levelSentence(results.size(), byLevel), BODY);
            DocxTable table = DocxTable.create(doc, LEVEL_WIDTHS).header(TABLE, LEVEL_COLUMNS);
            byLevel.forEach((level, ofLevel) -> table.row(TABLE, List.of(level, String.valueOf(ofLevel.size()),
                    mainResults(ofLevel)), LEVEL_ALIGNMENTS));
            spaceAfterTable(doc);
        }
    }

    static String itemHeading(ItemResults item) {
        return hasText(item.stt()) ? item.stt() + ". " + text(item.content()) : text(item.content());
    }

    /** The levels in the form's order (every one, even at zero), then any other label that occurs. */
    private static Map<String, List<UnitResult>> byLevel(List<UnitResult> results, List<String> levels) {
        Map<String, List<UnitResult>> byLevel = new LinkedHashMap<>();
        levels.forEach(level -> byLevel.put(level, new ArrayList<>()));
        for (UnitResult result : results) {
            byLevel.computeIfAbsent(text(result.levelLabel()), k -> new ArrayList<>()).add(result);
        }
        return byLevel;
    }

    /** "Có 45 đơn vị báo cáo: đã hoàn thành 30 đơn vị; đang thực hiện 10 đơn vị; chưa thực hiện 5 đơn vị." */
    static String levelSentence(int total, Map<String, List<UnitResult>> byLevel) {
        return "Có " + total + " đơn vị báo cáo: " + byLevel.entrySet().stream()
                .map(level -> level.getKey().toLowerCase(DocumentFormats.VIETNAMESE) + " " + level.getValue().size()
                        + " đơn vị")
                .collect(Collectors.joining("; ")) + ".";
    }

    /**
     * The results of one level grouped: the same result (whatever its spacing or case) once, with the units that gave
     * it, most frequent first; at most {@link #MAIN_RESULTS} results and {@link #NAMED_UNITS} names each.
     */
    static String mainResults(List<UnitResult> results) {
        Map<String, List<UnitResult>> groups = group(results, UnitResult::result);
        if (groups.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        groups.entrySet().stream().limit(MAIN_RESULTS).forEach(group -> lines.add("- " + group.getKey() + " ("
                + names(group.getValue()) + ")"));
        if (groups.size() > MAIN_RESULTS) {
            lines.add("- Và " + (groups.size() - MAIN_RESULTS) + " kết quả khác (chi tiết tại phụ lục Excel).");
        }
        return String.join("\n", lines);
    }

    /** Non-blank texts grouped by their normalised form, most units first, then in order of first appearance. */
    private static Map<String, List<UnitResult>> group(List<UnitResult> results, Function<UnitResult, String> field) {
        Map<String, String> firstWording = new LinkedHashMap<>();
        Map<String, List<UnitResult>> byKey = new LinkedHashMap<>();
        for (UnitResult result : results) {
            String value = field.apply(result);
            if (!hasText(value)) {
                continue;
            }
            String key = normalised(value);
            firstWording.putIfAbsent(key, text(value).replaceAll("\\s+", " "));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(result);
        }
        Map<String, List<UnitResult>> sorted = new LinkedHashMap<>();
        byKey.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .forEach(entry -> sorted.put(stripFinalStop(firstWording.get(entry.getKey())), entry.getValue()));
        return sorted;
    }

    private static String normalised(String value) {
        return stripFinalStop(text(value).replaceAll("\\s+", " ")).toLowerCase(DocumentFormats.VIETNAMESE);
    }

    private static String stripFinalStop(String value) {
        return value.replaceAll("[.;\\s]+$", "");
    }

    private static String names(List<UnitResult> results) {
        List<String> names = results.stream().map(result -> text(result.unitName())).distinct().toList();
        if (names.size() <= NAMED_UNITS) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMED_UNITS)) + " và " + (names.size() - NAMED_UNITS) + " đơn vị khác";
    }

    /**
     * The totals of every figure the plan declares over the standing reports (on time or late) of the units that must
     * report, and by kind of unit. A report returned and not resubmitted does not count. Invited units' figures are
     * not added: Ủy ban MTTQ's Quỹ "Vì người nghèo" holds what the others contributed.
     */
    private void writeFigureTotals(XWPFDocument doc, String number, List<Figure> figures, List<UnitStatus> obligated) {
        Docx.body(doc, number + ". TỔNG HỢP SỐ LIỆU", BODY.bold());
        DocxTable table = DocxTable.create(doc, FIGURE_WIDTHS).header(TABLE, FIGURE_COLUMNS);
        int index = 1;
        for (Figure figure : figures) {
            List<UnitStatus> reported = obligated.stream()
                    .filter(unit -> submitted(unit) && unit.figure(figure.key()) != null).toList();
            table.row(TABLE.bold(), List.of(String.valueOf(index++), text(figure.labelWithUnit()),
                    String.valueOf(reported.size()), DocumentFormats.number(total(reported, figure), figure.decimals())),
                    FIGURE_ALIGNMENTS);
            Map<String, List<UnitStatus>> byKind = reported.stream().collect(Collectors.groupingBy(
                    unit -> text(unit.kindLabel()), LinkedHashMap::new, Collectors.toList()));
            if (byKind.size() > 1) {
                byKind.forEach((kind, ofKind) -> table.row(TABLE, List.of("", "Trong đó: " + kind,
                        String.valueOf(ofKind.size()), DocumentFormats.number(total(ofKind, figure), figure.decimals())),
                        FIGURE_ALIGNMENTS));
            }
        }
        spaceAfterTable(doc);
        if (obligated.stream().noneMatch(unit -> submitted(unit)
                && figures.stream().anyMatch(f -> unit.figure(f.key()) != null))) {
            Docx.body(doc, NO_FIGURES, BODY.italic());
        }
    }

    static BigDecimal total(List<UnitStatus> units, Figure figure) {
        return units.stream().map(unit -> unit.figure(figure.key())).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What each invited unit that reported said, and its figures; those that did not are only counted above. */
    private void writeInvitedContributions(XWPFDocument doc, String number, List<UnitStatus> invited,
                                           List<ItemResults> items, List<Figure> figures) {
        Docx.body(doc, number + ". ĐÓNG GÓP CỦA CÁC ĐƠN VỊ ĐƯỢC ĐỀ NGHỊ THAM GIA", BODY.bold());
        List<UnitStatus> reported = invited.stream().filter(WordReportWriter::submitted).toList();
        if (reported.isEmpty()) {
            Docx.body(doc, NO_INVITED_REPORTS, BODY);
            return;
        }
        for (UnitStatus unit : reported) {
            Docx.body(doc, text(unit.unitName()), BODY.bold().italic());
            for (ItemResults item : items) {
                for (UnitResult result : orEmpty(item.results())) {
                    if (unit.unitId().equals(result.unitId()) && hasText(result.result())) {
                        Docx.body(doc, "- Nhiệm vụ " + item.stt() + " (" + text(result.levelLabel()).toLowerCase(
                                DocumentFormats.VIETNAMESE) + "): " + text(result.result()), BODY);
                    }
                }
            }
            for (Figure figure : figures) {
                BigDecimal value = unit.figure(figure.key());
                if (value != null) {
                    Docx.body(doc, "- " + text(figure.label()) + ": " + DocumentFormats.number(value, figure.decimals())
                            + " " + text(figure.unit()) + ".", BODY);
                }
            }
        }
    }

    private static boolean submitted(UnitStatus unit) {
        return unit.state() != null && unit.state().submitted();
    }

    private void writeDifficultiesAndProposals(XWPFDocument doc, String number, List<ItemResults> items) {
        Docx.body(doc, number + ". KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", BODY.bold());
        Docx.body(doc, "1. Khó khăn, vướng mắc", BODY.bold());
        writeNotes(doc, items, UnitResult::difficulties, "Các đơn vị không báo cáo khó khăn, vướng mắc.");
        Docx.body(doc, "2. Kiến nghị", BODY.bold());
        writeNotes(doc, items, UnitResult::proposals, "Các đơn vị không có kiến nghị.");
    }

    /** The same note once per item, with the units that wrote it, so the reader can trace it back to the task. */
    private void writeNotes(XWPFDocument doc, List<ItemResults> items, Function<UnitResult, String> note,
                            String whenNone) {
        boolean any = false;
        for (ItemResults item : items) {
            for (Map.Entry<String, List<UnitResult>> group : group(orEmpty(item.results()), note).entrySet()) {
                Docx.body(doc, "- " + group.getKey() + " (" + names(group.getValue())
                        + (hasText(item.stt()) ? "; nhiệm vụ " + item.stt() : "") + ").", BODY);
                any = true;
            }
        }
        if (!any) {
            Docx.body(doc, whenNone, BODY);
        }
    }

    /** "Nơi nhận" on the left and the signer's title on the right, as the decree lays out the last page. */
    private void writeClosing(XWPFDocument doc, ConsolidatedReport report) {
        String plan = hasText(report.planNumber()) ? " Kế hoạch số " + report.planNumber() : " kế hoạch";
        Docx.body(doc, "Trên đây là báo cáo tình hình thực hiện" + plan + " của các cơ quan, đơn vị./.", BODY);

        DocxTable closing = DocxTable.create(doc, CLOSING_WIDTHS).borderless();
        XWPFTableCell recipients = closing.cell(0, 0);
        Docx.line(recipients, "Nơi nhận:", RECIPIENTS_TITLE, ParagraphAlignment.LEFT);
        for (String recipient : orEmpty(report.recipients())) {
            if (hasText(recipient)) {
                Docx.line(recipients, "- " + text(recipient) + ";", RECIPIENTS, ParagraphAlignment.LEFT);
            }
        }
        Docx.line(recipients, "- Lưu: VT.", RECIPIENTS, ParagraphAlignment.LEFT);

        Docx.line(closing.cell(0, 1), DocumentFormats.upperCase(issuer.signerTitle()), BODY.bold(),
                ParagraphAlignment.CENTER);
        // Word expects the body to end with a paragraph, not a table.
        doc.createParagraph();
    }

    /** Without a paragraph in between, the next heading sits flush against the table's bottom border. */
    private static void spaceAfterTable(XWPFDocument doc) {
        doc.createParagraph().setSpacingAfter(0);
    }
}
