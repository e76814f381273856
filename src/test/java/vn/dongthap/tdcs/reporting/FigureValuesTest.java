package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/** A figure is checked against its declaration, and every refusal names it as the form does, in Vietnamese. */
class FigureValuesTest {

    private static final PlanViews.Figure BUDGET = new PlanViews.Figure("budgetEntrusted",
            "Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm", "triệu đồng", 2, BigDecimal.ZERO,
            new BigDecimal("10000000"), List.of("LEAD"));
    private static final PlanViews.Figure HOUSEHOLDS = new PlanViews.Figure("soHoDuocVay", "Số hộ được vay vốn", "hộ", 0,
            BigDecimal.ZERO, new BigDecimal("1000000"), List.of("LEAD"));

    @Test
    void aValueWithinItsDeclarationIsKeptWithItsDecimals() {
        assertThat(FormValues.figure(BUDGET, 1500.5)).isEqualTo(new BigDecimal("1500.50"));
        assertThat(FormValues.figure(HOUSEHOLDS, 1250L)).isEqualTo(new BigDecimal("1250"));
        assertThat(FormValues.figure(HOUSEHOLDS, "12,0")).isEqualByComparingTo("12");
    }

    @Test
    void textIsReadAsVietnameseWritesNumbers() {
        assertThat(FormValues.figure(BUDGET, "1.500,5")).isEqualTo(new BigDecimal("1500.50"));
        assertThat(FormValues.figure(BUDGET, " 1 500,5 ")).isEqualTo(new BigDecimal("1500.50"));
        assertThat(FormValues.figure(BUDGET, "1500,5")).isEqualTo(new BigDecimal("1500.50"));
        assertThat(FormValues.figure(BUDGET, "120,75")).isEqualTo(new BigDecimal("120.75"));
        assertThat(FormValues.figure(HOUSEHOLDS, "12.500")).isEqualTo(new BigDecimal("12500"));
        assertThat(FormValues.figure(BUDGET, "1.234.567")).isEqualTo(new BigDecimal("1234567.00"));
    }

    @Test
    void numbersWrittenAnotherWayAreRefusedNotGuessed() {
        String message = "\"Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm (triệu đồng)\" phải là một số viết theo "
                + "cách Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân, ví dụ 1.500,5.";
        for (String written : List.of("86.5", "1,500.5", "1.50", "1.500.5", "1,5,0", "12.34,5", "1.5e3", "nhiều")) {
            assertRefused(BUDGET, written, message);
        }
        assertRefused(BUDGET, "1.500,555", "\"Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm (triệu đồng)\" chỉ được "
                + "có tối đa 2 chữ số thập phân.");
    }

    @Test
    void refusalsNameTheFigureAndUseVietnameseNumbers() {
        assertRefused(BUDGET, null, "Chưa nhập \"Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm (triệu đồng)\".");
        assertRefused(BUDGET, 1.234, "\"Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm (triệu đồng)\" chỉ được có "
                + "tối đa 2 chữ số thập phân.");
        assertRefused(BUDGET, 20000000.5, "\"Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm (triệu đồng)\" vượt quá "
                + "10.000.000 triệu đồng: kiểm tra lại đơn vị tính (triệu đồng).");
        assertRefused(HOUSEHOLDS, 12.5, "\"Số hộ được vay vốn (hộ)\" phải là số nguyên.");
        assertRefused(HOUSEHOLDS, -1L, "\"Số hộ được vay vốn (hộ)\" không được nhỏ hơn 0 hộ.");
    }

    @Test
    void theLeadersSummaryHasOneLinePerFigureInVietnameseNumbers() {
        assertThat(ReportFigures.summary(List.of(BUDGET, HOUSEHOLDS),
                Map.of("budgetEntrusted", new BigDecimal("1500.50"), "soHoDuocVay", new BigDecimal("12500"))))
                .isEqualTo("Vốn ngân sách địa phương ủy thác qua NHCSXH trong năm: 1.500,50 triệu đồng\n"
                        + "Số hộ được vay vốn: 12.500 hộ");
    }

    private static void assertRefused(PlanViews.Figure figure, Object value, String message) {
        assertThatThrownBy(() -> FormValues.figure(figure, value)).isInstanceOf(InvalidFormInputException.class)
                .hasMessage(message);
    }
}
