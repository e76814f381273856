package vn.dongthap.tdcs.reporting.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.ITEM_1;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.ITEM_2;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.LATE;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.MISSING;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.ON_TIME;
import static vn.dongthap.tdcs.reporting.documents.SampleReports.RETURNED;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelReportWriterTest {

    private static final int SUBMITTED_AT = 5;
    private static final int BUDGET = 10;
    private static final int POOR_FUND = 11;

    private final ExcelReportWriter writer = new ExcelReportWriter();
    private final DataFormatter formatter = new DataFormatter();

    @Test
    void sheetsHaveValidNamesInOrder() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(SampleReports.report()))) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("Kết quả theo nhiệm vụ", "Tình trạng đơn vị", "Thông tin")
                    .allSatisfy(name -> {
                        assertThat(name.length()).isLessThanOrEqualTo(31);
                        assertThatCode(() -> WorkbookUtil.validateSheetName(name)).doesNotThrowAnyException();
                    });
        }
    }

    @Test
    void resultsSheetHasOneRowPerUnitAndItem() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(SampleReports.report()))) {
            XSSFSheet sheet = workbook.getSheet(ExcelReportWriter.RESULTS_SHEET);
            assertThat(texts(sheet.getRow(0))).containsExactly("STT nhiệm vụ", "Nội dung nhiệm vụ", "Mã đơn vị",
                    "Đơn vị", "Mức độ thực hiện", "Kết quả", "Sản phẩm", "Khó khăn, vướng mắc", "Kiến nghị");

            int results = SampleReports.items().stream().mapToInt(item -> item.results().size()).sum();
            assertThat(dataRows(sheet)).hasSize(results)
                    .extracting(row -> row.get(0), row -> row.get(1), row -> row.get(2), row -> row.get(3),
                            row -> row.get(4))
                    .containsExactly(
                            tuple("1.1", ITEM_1, "xa-my-an-hung", ON_TIME, "Đã hoàn thành"),
                            tuple("1.1", ITEM_1, "so-tai-chinh", LATE, "Đang thực hiện"),
                            tuple("1.1", ITEM_1, "hoi-nong-dan-tinh", RETURNED, "Chưa thực hiện"),
                            tuple("2.2", ITEM_2, "xa-my-an-hung", ON_TIME, "Đã hoàn thành"),
                            tuple("2.2", ITEM_2, "so-tai-chinh", LATE, "Đang thực hiện"));
            assertThat(dataRows(sheet).get(1).get(7)).isEqualTo("Thiếu cán bộ chuyên trách");
            assertThat(dataRows(sheet).get(3).get(8)).isEqualTo("Đề nghị bổ sung nguồn vốn ủy thác");
        }
    }

    @Test
    void dataSheetsHaveABoldFilteredFrozenHeader() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(SampleReports.report()))) {
            for (String name : List.of(ExcelReportWriter.RESULTS_SHEET, ExcelReportWriter.STATUS_SHEET)) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                        .as(name).isTrue();
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getColumnWidth(1)).as(name).isGreaterThan(sheet.getColumnWidth(0));
            }
            XSSFSheet results = workbook.getSheet(ExcelReportWriter.RESULTS_SHEET);
            assertThat(results.getRow(1).getCell(1).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void statusSheetHasEveryUnitWithItsStatus() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(SampleReports.report()))) {
            XSSFSheet sheet = workbook.getSheet(ExcelReportWriter.STATUS_SHEET);
            List<List<String>> rows = dataRows(sheet);
            assertThat(rows).hasSize(5);
            assertThat(rows.subList(0, 4))
                    .extracting(row -> row.get(0), row -> row.get(1), row -> row.get(2), row -> row.get(4),
                            row -> row.get(6), row -> row.get(7), row -> row.get(8))
                    .containsExactly(
                            tuple("1", "xa-my-an-hung", ON_TIME, "Đã nộp đúng hạn", "Không", "", "1"),
                            tuple("2", "so-tai-chinh", LATE, "Nộp muộn", "Có", "2", "1"),
                            tuple("3", "hoi-nong-dan-tinh", RETURNED, "Bị trả lại, không nộp lại", "Không", "", "1"),
                            tuple("4", "phuong-cao-lanh", MISSING, "Không nộp", "", "", "0"));
            assertThat(rows.get(2).get(9)).isEqualTo("Thiếu số liệu nguồn vốn ủy thác");
            assertThat(rows.get(4).get(2)).isEqualTo(ExcelReportWriter.TOTAL_LABEL);
        }
    }

    @Test
    void submissionTimeIsAnExcelDateInProvinceTime() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(SampleReports.report()))) {
            XSSFSheet sheet = workbook.getSheet(ExcelReportWriter.STATUS_SHEET);
            Cell late = sheet.getRow(2).getCell(SUBMITTED_AT);
            assertThat(late.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(late)).isTrue();
            assertThat(late.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 1, 17, 9, 30));
            assertThat(late.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(formatter.formatCellValue(late)).isEqualTo("17/01/2026 09:30");
            assertThat(sheet.getRow(4).getCell(SUBMITTED_AT).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void figureColumnsAreNumbersWithSumTotals() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(SampleReports.report()))) {
            XSSFSheet sheet = workbook.getSheet(ExcelReportWriter.STATUS_SHEET);
            assertThat(sheet.getRow(0).getCell(BUDGET).getStringCellValue())
                    .isEqualTo("Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm (triệu đồng)");
            assertThat(sheet.getRow(0).getCell(POOR_FUND).getStringCellValue())
                    .isEqualTo("Đóng góp Quỹ “Vì người nghèo” trong năm (triệu đồng)");
            assertThat(sheet.getRow(1).getCell(BUDGET).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(1).getCell(BUDGET).getNumericCellValue()).isEqualTo(1500.5);
            assertThat(sheet.getRow(3).getCell(BUDGET).getCellType()).isEqualTo(CellType.BLANK);

            Row totals = sheet.getRow(5);
            assertThat(totals.getCell(BUDGET).getCellFormula()).isEqualTo("SUM(K2:K5)");
            assertThat(totals.getCell(POOR_FUND).getCellFormula()).isEqualTo("SUM(L2:L5)");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(totals.getCell(BUDGET)).getNumberValue()).isEqualTo(3500.5);
            assertThat(evaluator.evaluate(totals.getCell(POOR_FUND)).getNumberValue()).isEqualTo(55.25);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void infoSheetDescribesTheRound() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(SampleReports.report()))) {
            Sheet sheet = workbook.getSheet(ExcelReportWriter.INFO_SHEET);
            List<List<String>> rows = new ArrayList<>();
            sheet.forEach(row -> rows.add(texts(row)));
            assertThat(rows).contains(
                    List.of("Mã kỳ báo cáo", "BC-NAM-2026"),
                    List.of("Tên kỳ báo cáo", SampleReports.ROUND_TITLE),
                    List.of("Loại kỳ báo cáo", "Định kỳ hằng năm"),
                    List.of("Hạn nộp", "15/01/2026"),
                    List.of("Ngày chốt số liệu", "31/12/2025"),
                    List.of("Kế hoạch", "752/KH-UBND"),
                    List.of("Ngày lập", "20/01/2026"));
            Cell deadline = sheet.getRow(3).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        }
    }

    @Test
    void optionalFieldsMayBeMissing() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(SampleReports.sparse()))) {
            assertThat(dataRows(workbook.getSheet(ExcelReportWriter.RESULTS_SHEET))).hasSize(1);
            assertThat(dataRows(workbook.getSheet(ExcelReportWriter.STATUS_SHEET))).hasSize(2);
            Row totals = workbook.getSheet(ExcelReportWriter.STATUS_SHEET).getRow(2);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(totals.getCell(BUDGET)).getNumberValue()).isZero();
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredAsText() throws IOException {
        ConsolidatedReport.ItemResults item = new ConsolidatedReport.ItemResults("1.1", ITEM_1, List.of(
                new ConsolidatedReport.UnitResult("xa-my-an-hung", ON_TIME, "Đã hoàn thành", "=1+2", null, null, null)));
        try (XSSFWorkbook workbook = open(writer.write(SampleReports.report(List.of(item))))) {
            Cell result = workbook.getSheet(ExcelReportWriter.RESULTS_SHEET).getRow(1).getCell(5);
            assertThat(result.getCellType()).isEqualTo(CellType.STRING);
            assertThat(result.getStringCellValue()).isEqualTo("'=1+2");
        }
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private List<List<String>> dataRows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            rows.add(texts(sheet.getRow(i)));
        }
        return rows;
    }

    private List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
        }
        return texts;
    }
}
