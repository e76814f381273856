package vn.dongthap.tdcs.reporting.documents;

import vn.dongthap.tdcs.documents.DocumentFormats;
import static vn.dongthap.tdcs.documents.DocumentFormats.orEmpty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.SpreadsheetText;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.ItemResults;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.UnitResult;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport.UnitStatus;

/** The data behind the consolidated report of a round as an .xlsx the consolidator can filter and sum. */
@Component
public class ExcelReportWriter {

    static final String RESULTS_SHEET = "Kết quả theo nhiệm vụ";
    static final String STATUS_SHEET = "Tình trạng đơn vị";
    static final String INFO_SHEET = "Thông tin";
    static final String TOTAL_LABEL = "Tổng cộng";

    /** How a column's cells are formatted; FIGURE columns carry their number of decimals. */
    private enum Kind { TEXT, WRAPPED, INTEGER, FIGURE, DATE_TIME }

    /** @param width in characters */
    private record Column(String title, int width, Kind kind, int decimals) {

        Column(String title, int width, Kind kind) {
            this(title, width, kind, 0);
        }
    }

    private static final List<Column> RESULT_COLUMNS = List.of(
            new Column("STT nhiệm vụ", 10, Kind.TEXT),
            new Column("Nội dung nhiệm vụ", 50, Kind.WRAPPED),
            new Column("Mã đơn vị", 18, Kind.TEXT),
            new Column("Đơn vị", 28, Kind.WRAPPED),
            new Column("Mức độ thực hiện", 16, Kind.WRAPPED),
            new Column("Kết quả", 50, Kind.WRAPPED),
            new Column("Sản phẩm", 30, Kind.WRAPPED),
            new Column("Khó khăn, vướng mắc", 40, Kind.WRAPPED),
            new Column("Kiến nghị", 40, Kind.WRAPPED));

    private static final List<Column> STATUS_COLUMNS = List.of(
            new Column("STT", 6, Kind.INTEGER),
            new Column("Mã đơn vị", 18, Kind.TEXT),
            new Column("Đơn vị", 30, Kind.WRAPPED),
            new Column("Loại đơn vị", 22, Kind.WRAPPED),
            new Column("Tình trạng", 22, Kind.WRAPPED),
            new Column("Thời điểm nộp", 17, Kind.DATE_TIME),
            new Column("Nộp muộn", 10, Kind.TEXT),
            new Column("Số ngày muộn", 10, Kind.INTEGER),
            new Column("Số lần nộp", 10, Kind.INTEGER),
            new Column("Lý do trả lại gần nhất", 40, Kind.WRAPPED));
    private static final int STATUS_NAME_COLUMN = 2;
    private static final int FIGURE_WIDTH = 20;

    /** Rows kept in memory before the streaming workbook flushes them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    private static final int INFO_LABEL_WIDTH = 24;
    private static final int INFO_VALUE_WIDTH = 90;

    public byte[] write(ConsolidatedReport report) {
        Objects.requireNonNull(report, "report");
        // Streaming rows to a temporary file, not one XML tree in memory: a national round has tens of thousands of
        // result rows, and the in-memory workbook took minutes (issue 11). Strings are written inline.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            try {
                Styles styles = new Styles(workbook);
                writeResults(workbook.createSheet(RESULTS_SHEET), orEmpty(report.items()), styles);
                writeStatuses(workbook.createSheet(STATUS_SHEET), orEmpty(report.units()), orEmpty(report.figures()),
                        styles);
                writeInfo(workbook.createSheet(INFO_SHEET), report, styles);
                workbook.setForceFormulaRecalculation(true);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                return out.toByteArray();
            } finally {
                workbook.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp Excel số liệu tổng hợp", e);
        }
    }

    private void writeResults(Sheet sheet, List<ItemResults> items, Styles styles) {
        writeHeader(sheet, RESULT_COLUMNS, styles);
        int rowIndex = 1;
        for (ItemResults item : items) {
            for (UnitResult result : orEmpty(item.results())) {
                writeRow(sheet.createRow(rowIndex++), RESULT_COLUMNS, styles, item.stt(), item.content(),
                        result.unitId(), result.unitName(), result.levelLabel(), result.result(), result.product(),
                        result.difficulties(), result.proposals());
            }
        }
        filterAndFreeze(sheet, RESULT_COLUMNS, rowIndex - 1);
    }

    /** The units' statuses, then one column per figure the plan declares, with formula totals. */
    private void writeStatuses(Sheet sheet, List<UnitStatus> units, List<ConsolidatedReport.Figure> figures,
                               Styles styles) {
        List<Column> columns = new ArrayList<>(STATUS_COLUMNS);
        figures.forEach(f -> columns.add(new Column(f.labelWithUnit(), FIGURE_WIDTH, Kind.FIGURE, f.decimals())));
        writeHeader(sheet, columns, styles);
        for (int i = 0; i < units.size(); i++) {
            UnitStatus unit = units.get(i);
            int number = i + 1;
            List<Object> values = new ArrayList<>(Arrays.asList(number, unit.unitId(), unit.unitName(),
                    unit.kindLabel(), unit.statusLabel(), DocumentFormats.localTime(unit.submittedAt()),
                    lateLabel(unit), unit.daysLate(), unit.versions(), unit.returnReason()));
            figures.forEach(f -> values.add(unit.figure(f.key())));
            writeRow(sheet.createRow(number), columns, styles, values.toArray());
        }
        int lastDataRow = units.size();
        filterAndFreeze(sheet, columns, lastDataRow);
        List<BigDecimal> totals = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            int index = column - STATUS_COLUMNS.size();
            totals.add(index < 0 ? null : units.stream().map(u -> u.figure(figures.get(index).key()))
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        writeTotals(sheet.createRow(lastDataRow + 1), columns, lastDataRow, totals, styles);
    }

    /** "Late" only means something for a unit that submitted; a unit that never did is blank here. */
    private static String lateLabel(UnitStatus unit) {
        if (unit.submittedAt() == null) {
            return null;
        }
        return unit.late() ? "Có" : "Không";
    }

    /**
     * Formulas rather than values, so the total follows when the consolidator corrects a figure; each carries its
     * value computed here, so that viewers that do not recalculate show it too (the streaming workbook has no
     * formula evaluator over rows already written).
     */
    private void writeTotals(Row row, List<Column> columns, int lastDataRow, List<BigDecimal> totals, Styles styles) {
        for (int column = 0; column < columns.size(); column++) {
            row.createCell(column).setCellStyle(styles.totalLabel);
        }
        row.getCell(STATUS_NAME_COLUMN).setCellValue(TOTAL_LABEL);
        for (int column = 0; column < columns.size(); column++) {
            if (columns.get(column).kind() != Kind.FIGURE) {
                continue;
            }
            Cell cell = row.getCell(column);
            cell.setCellStyle(styles.totalFigure(columns.get(column).decimals()));
            if (lastDataRow < 1) {
                cell.setCellValue(0);
            } else {
                String letter = CellReference.convertNumToColString(column);
                cell.setCellFormula("SUM(" + letter + "2:" + letter + (lastDataRow + 1) + ")");
                // On a formula cell of the streaming workbook this sets the formula's cached result.
                cell.setCellValue(totals.get(column).doubleValue());
            }
        }
    }

    private void writeInfo(Sheet sheet, ConsolidatedReport report, Styles styles) {
        Object[][] rows = {
            {"Mã kỳ báo cáo", report.roundKey()},
            {"Tên kỳ báo cáo", report.roundTitle()},
            {"Loại kỳ báo cáo", report.kindLabel()},
            {"Hạn nộp", report.deadline()},
            {"Ngày chốt số liệu", report.dataCutoff()},
            {"Kế hoạch", report.planNumber()},
            {"Tên kế hoạch", report.planTitle()},
            {"Cơ quan ban hành", report.issuerName()},
            {"Đơn vị tổng hợp", report.consolidatorName()},
            {"Ngày lập", report.reportDate()},
        };
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            setValue(row.createCell(0), rows[i][0], styles.infoLabel);
            Object value = rows[i][1];
            setValue(row.createCell(1), value, value instanceof LocalDate ? styles.dateLeft : styles.wrapped);
        }
        sheet.setColumnWidth(0, INFO_LABEL_WIDTH * 256);
        sheet.setColumnWidth(1, INFO_VALUE_WIDTH * 256);
    }

    private void writeHeader(Sheet sheet, List<Column> columns, Styles styles) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            setValue(header.createCell(i), columns.get(i).title(), styles.header);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
    }

    private void writeRow(Row row, List<Column> columns, Styles styles, Object... values) {
        for (int i = 0; i < columns.size(); i++) {
            setValue(row.createCell(i), values[i], styles.of(columns.get(i)));
        }
    }

    private static void filterAndFreeze(Sheet sheet, List<Column> columns, int lastDataRow) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastDataRow, 0), 0, columns.size() - 1));
        sheet.createFreezePane(0, 1);
    }

    private static void setValue(Cell cell, Object value, CellStyle style) {
        cell.setCellStyle(style);
        if (value instanceof String text) {
            cell.setCellValue(fitCell(SpreadsheetText.neutralised(DocumentFormats.text(text))));
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        }
    }

    /** Excel refuses longer cell text, and a free-text answer must not make the whole workbook fail. */
    private static String fitCell(String text) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Cell styles are per workbook and limited in number, so each is created once. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle integer;
        final CellStyle dateTime;
        final CellStyle dateLeft;
        final CellStyle infoLabel;
        final CellStyle totalLabel;
        private final Workbook workbook;
        private final Font bold;
        private final Map<Integer, CellStyle> figures = new HashMap<>();
        private final Map<Integer, CellStyle> totalFigures = new HashMap<>();

        Styles(Workbook workbook) {
            this.workbook = workbook;
            bold = workbook.createFont();
            bold.setBold(true);

            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            text = bordered(workbook);
            wrapped = bordered(workbook);
            wrapped.setWrapText(true);
            integer = bordered(workbook);
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            dateTime = bordered(workbook);
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            dateLeft = bordered(workbook);
            dateLeft.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            dateLeft.setAlignment(HorizontalAlignment.LEFT);

            infoLabel = bordered(workbook);
            infoLabel.setFont(bold);
            totalLabel = bordered(workbook);
            totalLabel.setFont(bold);
        }

        CellStyle of(Column column) {
            return switch (column.kind()) {
                case TEXT -> text;
                case WRAPPED -> wrapped;
                case INTEGER -> integer;
                case FIGURE -> figure(column.decimals());
                case DATE_TIME -> dateTime;
            };
        }

        /** A real number in the cell, shown with the figure's decimals (Excel uses the reader's separators). */
        CellStyle figure(int decimals) {
            return figures.computeIfAbsent(decimals, d -> numberStyle(d, false));
        }

        CellStyle totalFigure(int decimals) {
            return totalFigures.computeIfAbsent(decimals, d -> numberStyle(d, true));
        }

        private CellStyle numberStyle(int decimals, boolean total) {
            CellStyle style = bordered(workbook);
            style.setDataFormat(workbook.createDataFormat().getFormat(DocumentFormats.excelNumberFormat(decimals)));
            if (total) {
                style.setFont(bold);
            }
            return style;
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
