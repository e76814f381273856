package vn.dongthap.tdcs.documents;

import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The heading of a document of Chi nhánh NHCSXH tỉnh (Nghị định 30/2020/NĐ-CP): issuing body and number
 * on the left, national title and place/date on the right, in a table without borders.
 */
public final class AdministrativeHeading {

    private static final Docx.Style HEADING_NAME = Docx.Style.BODY.size(12);
    private static final int[] WIDTHS = {6 * Docx.CM, Docx.TEXT_WIDTH - 6 * Docx.CM};

    private AdministrativeHeading() {
    }

    /** @param numberLine e.g. "Số: ....../BC-NHCSXH" */
    public static void write(XWPFDocument doc, String issuerName, String numberLine, LocalDate date) {
        DocxTable heading = DocxTable.create(doc, WIDTHS).borderless();
        XWPFTableCell issuer = heading.cell(0, 0);
        Docx.line(issuer, "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", HEADING_NAME, ParagraphAlignment.CENTER);
        Docx.line(issuer, DocumentFormats.upperCase(issuerName), HEADING_NAME.bold(), ParagraphAlignment.CENTER);
        Docx.line(issuer, numberLine, Docx.Style.BODY, ParagraphAlignment.CENTER).setSpacingBefore(240);

        XWPFTableCell nation = heading.cell(0, 1);
        Docx.line(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", HEADING_NAME.bold(), ParagraphAlignment.CENTER);
        Docx.line(nation, "Độc lập - Tự do - Hạnh phúc", Docx.Style.BODY.bold().underlined(), ParagraphAlignment.CENTER);
        Docx.line(nation, "Đồng Tháp, " + date(date), Docx.Style.BODY.italic(), ParagraphAlignment.CENTER)
                .setSpacingBefore(240);
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
