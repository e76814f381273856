package vn.dongthap.tdcs.documents;

import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The heading of a document of the branch (Nghị định 30/2020/NĐ-CP, Phụ lục I): on the left the governing body in
 * capitals over the issuing body in bold capitals, a short rule under it, then the number; on the right the national
 * title, the motto with a rule as long as itself, then place and date. In a table without borders.
 */
public final class AdministrativeHeading {

    private static final Docx.Style HEADING_NAME = Docx.Style.BODY.size(12);
    private static final int[] WIDTHS = {6 * Docx.CM, Docx.TEXT_WIDTH - 6 * Docx.CM};
    /** The rule under the issuing body: about a third of the 6 cm column, centred. */
    private static final int ISSUER_RULE_INDENT = 2 * Docx.CM;
    /** The rule under the motto spans the motto (≈ 6 cm in bold 13 pt) in the 10 cm right column. */
    private static final int MOTTO_RULE_INDENT = (WIDTHS[1] - 6 * Docx.CM) / 2;

    private AdministrativeHeading() {
    }

    /** @param numberLine e.g. "Số: ....../BC-NHCSXH" or "Số: 125/BC-NHCSXH" */
    public static void write(XWPFDocument doc, DocumentIssuer issuer, String numberLine, LocalDate date) {
        DocxTable heading = DocxTable.create(doc, WIDTHS).borderless();
        XWPFTableCell left = heading.cell(0, 0);
        Docx.line(left, DocumentFormats.upperCase(issuer.parentBody()), HEADING_NAME, ParagraphAlignment.CENTER);
        Docx.line(left, DocumentFormats.upperCase(issuer.name()), HEADING_NAME.bold(), ParagraphAlignment.CENTER);
        rule(left, ISSUER_RULE_INDENT);
        Docx.line(left, numberLine, Docx.Style.BODY, ParagraphAlignment.CENTER).setSpacingBefore(120);

        XWPFTableCell right = heading.cell(0, 1);
        Docx.line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", HEADING_NAME.bold(), ParagraphAlignment.CENTER);
        Docx.line(right, "Độc lập - Tự do - Hạnh phúc", Docx.Style.BODY.bold(), ParagraphAlignment.CENTER);
        rule(right, MOTTO_RULE_INDENT);
        Docx.line(right, DocumentFormats.text(issuer.place()) + ", " + date(date), Docx.Style.BODY.italic(),
                ParagraphAlignment.CENTER).setSpacingBefore(120);
    }

    /**
     * A horizontal rule as Word draws a paragraph's bottom border: an empty, tiny paragraph indented from both
     * sides, so the line is as long as what is left between the indents. Unlike a drawn shape it never drifts.
     */
    private static void rule(XWPFTableCell cell, int indent) {
        XWPFParagraph rule = Docx.line(cell, "", Docx.Style.BODY.size(2), ParagraphAlignment.CENTER);
        rule.setIndentationLeft(indent);
        rule.setIndentationRight(indent);
        rule.setBorderBottom(Borders.SINGLE);
    }

    /** A leading zero only for days below 10 and for months 1 and 2; dots for the signer when no date. */
    public static String date(LocalDate date) {
        if (date == null) {
            return "ngày ...... tháng ...... năm ......";
        }
        int month = date.getMonthValue();
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(),
                month <= 2 ? "0" + month : String.valueOf(month), date.getYear());
    }
}
