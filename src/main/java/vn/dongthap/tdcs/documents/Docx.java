package vn.dongthap.tdcs.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The few XWPF building blocks of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
public final class Docx {

    public static final String FONT = "Times New Roman";

    /** Word measures in twips: 1 cm = 567. */
    public static final int CM = 567;
    public static final int A4_WIDTH = 11906;
    public static final int A4_HEIGHT = 16838;
    public static final int MARGIN_TOP = 2 * CM;
    public static final int MARGIN_BOTTOM = 2 * CM;
    public static final int MARGIN_LEFT = 3 * CM;
    public static final int MARGIN_RIGHT = 2 * CM;
    public static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    /** Paragraphs of the body start 1 cm in, as the decree asks. */
    private static final int FIRST_LINE_INDENT = CM;
    private static final int SPACING_AFTER = 120;

    /** Size in points and emphasis of a run of text. */
    public record Style(int size, boolean isBold, boolean isItalic, boolean isUnderlined) {

        public static final Style BODY = new Style(13, false, false, false);

        public Style bold() {
            return new Style(size, true, isItalic, isUnderlined);
        }

        public Style italic() {
            return new Style(size, isBold, true, isUnderlined);
        }

        public Style underlined() {
            return new Style(size, isBold, isItalic, true);
        }

        public Style size(int points) {
            return new Style(points, isBold, isItalic, isUnderlined);
        }
    }

    private Docx() {
    }

    public static void a4Portrait(XWPFDocument doc) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(720));
        margins.setFooter(BigInteger.valueOf(720));
        margins.setGutter(BigInteger.ZERO);
    }

    /** A justified body paragraph with the first line indented. */
    public static XWPFParagraph body(XWPFDocument doc, String text, Style style) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        paragraph.setSpacingAfter(SPACING_AFTER);
        append(paragraph, text, style);
        return paragraph;
    }

    public static XWPFParagraph centered(XWPFDocument doc, String text, Style style) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        append(paragraph, text, style);
        return paragraph;
    }

    /** A line of text in a table cell; the cell's initial empty paragraph is used first. */
    public static XWPFParagraph line(XWPFTableCell cell, String text, Style style, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = isUnused(cell) ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        append(paragraph, text, style);
        return paragraph;
    }

    /** Paragraph style of table data cells: the document font at {@link #TABLE_TEXT_SIZE} points, no spacing. */
    public static final String TABLE_TEXT_STYLE = "TableText";
    public static final int TABLE_TEXT_SIZE = 12;

    /** Declares {@link #TABLE_TEXT_STYLE} in the document, once. */
    static void ensureTableTextStyle(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        if (styles.styleExist(TABLE_TEXT_STYLE)) {
            return;
        }
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(TABLE_TEXT_STYLE);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("Table Text");
        style.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(2L * TABLE_TEXT_SIZE));
        run.addNewSzCs().setVal(BigInteger.valueOf(2L * TABLE_TEXT_SIZE));
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /**
     * A line of text in a table data cell, in {@link #TABLE_TEXT_STYLE}: the run carries only what differs from
     * the style (emphasis, another size).
     */
    static XWPFParagraph tableLine(XWPFTableCell cell, String text, Style style, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = isUnused(cell) ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setStyle(TABLE_TEXT_STYLE);
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        if (style.size() != TABLE_TEXT_SIZE) {
            run.setFontSize(style.size());
        }
        emphasise(run, style);
        setText(run, text);
        return paragraph;
    }

    /** Appends text in the document font; line breaks typed by users are kept. */
    public static XWPFRun append(XWPFParagraph paragraph, String text, Style style) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(style.size());
        emphasise(run, style);
        setText(run, text);
        return run;
    }

    private static void emphasise(XWPFRun run, Style style) {
        if (style.isBold()) {
            run.setBold(true);
        }
        if (style.isItalic()) {
            run.setItalic(true);
        }
        if (style.isUnderlined()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private static void setText(XWPFRun run, String text) {
        String[] lines = DocumentFormats.text(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    public static byte[] toBytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    private static boolean isUnused(XWPFTableCell cell) {
        return cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty();
    }
}
