package vn.dongthap.tdcs.documents;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** A Word table with fixed column widths (twips), filled row by row. */
public final class DocxTable {

    private static final String HEADER_SHADING = "D9D9D9";
    /** Border widths are in eighths of a point: a half-point line. */
    private static final int THIN_LINE = 4;

    private final XWPFTable table;
    private final int[] widths;
    private boolean firstRowUsed;

    private DocxTable(XWPFTable table, int[] widths) {
        this.table = table;
        this.widths = widths;
    }

    /*
     * Fixed layout with an explicit grid: without it Word and LibreOffice size columns from their content,
     * and a long "Kết quả" squeezes the unit name into one letter per line.
     */
    public static DocxTable create(XWPFDocument doc, int... widths) {
        XWPFTable table = doc.createTable(1, widths.length);
        table.setWidth(String.valueOf(sum(widths)));
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        Docx.ensureTableTextStyle(doc);
        DocxTable result = new DocxTable(table, widths);
        result.applyWidths(table.getRow(0));
        result.borders(XWPFTable.XWPFBorderType.SINGLE, THIN_LINE);
        return result;
    }

    /** For layout tables (heading, signature block) that must not look like tables. */
    public DocxTable borderless() {
        borders(XWPFTable.XWPFBorderType.NONE, 0);
        return this;
    }

    private void borders(XWPFTable.XWPFBorderType type, int size) {
        table.setTopBorder(type, size, 0, "auto");
        table.setBottomBorder(type, size, 0, "auto");
        table.setLeftBorder(type, size, 0, "auto");
        table.setRightBorder(type, size, 0, "auto");
        table.setInsideHBorder(type, size, 0, "auto");
        table.setInsideVBorder(type, size, 0, "auto");
    }

    /** Bold, shaded column titles, repeated at the top of every page the table runs onto. */
    public DocxTable header(Docx.Style style, List<String> titles) {
        XWPFTableRow row = nextRow();
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int i = 0; i < titles.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setColor(HEADER_SHADING);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            Docx.line(cell, titles.get(i), style.bold(), ParagraphAlignment.CENTER);
        }
        return this;
    }

    /**
     * A data row. Its cells' paragraphs take font, size and spacing from the document's table-text style instead of
     * repeating them on every run, and the columns' widths from the table's grid: a national round's report has
     * tens of thousands of rows, and their XML was most of the time spent writing the document.
     */
    public DocxTable row(Docx.Style style, List<String> values, List<ParagraphAlignment> alignments) {
        boolean firstRow = !firstRowUsed;
        XWPFTableRow row = firstRow ? nextRow() : newRow();
        for (int i = 0; i < values.size(); i++) {
            Docx.tableLine(row.getCell(i), values.get(i), style, alignments.get(i));
        }
        return this;
    }

    public XWPFTableCell cell(int row, int column) {
        firstRowUsed = true;
        return table.getRow(row).getCell(column);
    }

    private XWPFTableRow nextRow() {
        if (!firstRowUsed) {
            firstRowUsed = true;
            return table.getRow(0);
        }
        XWPFTableRow row = newRow();
        applyWidths(row);
        return row;
    }

    /**
     * Not table.createRow(): it counts the table's rows on every call (XMLBeans walks them), which made a table of a
     * few thousand units quadratic. The XWPFTable's own row list is not kept up to date; nothing here reads it after
     * creation, and a document read back has every row.
     */
    private XWPFTableRow newRow() {
        XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
        for (int i = 0; i < widths.length; i++) {
            row.createCell();
        }
        return row;
    }

    private void applyWidths(XWPFTableRow row) {
        for (int i = 0; i < widths.length; i++) {
            // Directly, not XWPFTableCell.setWidth(String), which compiles a regular expression per cell.
            CTTcPr properties = row.getCell(i).getCTTc().isSetTcPr() ? row.getCell(i).getCTTc().getTcPr()
                    : row.getCell(i).getCTTc().addNewTcPr();
            CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(widths[i]));
        }
    }

    private static int sum(int[] widths) {
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        return total;
    }
}
