package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.InvalidFormInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.dongthap.tdcs.documents.DocumentFormats;
import vn.dongthap.tdcs.plan.PlanViews;

/** Server-side checks of submitted form values; each refusal names the field as the form labels it. */
final class FormValues {

    private FormValues() {
    }

    static String text(VariableScope scope, String variable, String label, int minLength, int maxLength) {
        return requireText(variable, label, scope.getVariable(variable), minLength, maxLength);
    }

    static String requireText(String field, String label, Object value, int minLength, int maxLength) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new InvalidFormInputException(field, "Chưa nhập \"" + label + "\".");
        }
        String text = asText(field, label, value);
        if (text.length() < minLength) {
            throw new InvalidFormInputException(field, "\"" + label + "\" quá ngắn (ít nhất " + minLength + " ký tự).");
        }
        if (text.length() > maxLength) {
            throw new InvalidFormInputException(field, "\"" + label + "\" quá dài (tối đa " + maxLength + " ký tự).");
        }
        return text;
    }

    /** Blank becomes null. */
    static String optionalText(String field, String label, Object value, int maxLength) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        return requireText(field, label, value, 0, maxLength);
    }

    /**
     * A report figure within its declared range and decimals; messages name it as the form labels it. Text (the
     * form's figure fields are text fields) is read as Vietnamese writes numbers: "1.500,5" is 1500,5.
     */
    static BigDecimal figure(PlanViews.Figure figure, Object value) {
        String field = figure.key();
        String label = figure.labelWithUnit();
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new InvalidFormInputException(field, "Chưa nhập \"" + label + "\".");
        }
        BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString())
                : VietnameseNumbers.parse(value.toString()).orElseThrow(() -> new InvalidFormInputException(field,
                        "\"" + label + "\" phải là một số viết theo cách Việt Nam: dấu chấm ngăn cách hàng nghìn, "
                                + "dấu phẩy trước phần thập phân, ví dụ 1.500,5."));
        if (number.stripTrailingZeros().scale() > figure.decimals()) {
            throw new InvalidFormInputException(field, "\"" + label + "\" " + (figure.decimals() == 0
                    ? "phải là số nguyên." : "chỉ được có tối đa " + figure.decimals() + " chữ số thập phân."));
        }
        if (number.compareTo(figure.min()) < 0) {
            throw new InvalidFormInputException(field, "\"" + label + "\" không được nhỏ hơn "
                    + asWritten(figure.min()) + " " + figure.unit() + ".");
        }
        if (number.compareTo(figure.max()) > 0) {
            throw new InvalidFormInputException(field, "\"" + label + "\" vượt quá " + asWritten(figure.max())
                    + " " + figure.unit() + ": kiểm tra lại đơn vị tính (" + figure.unit() + ").");
        }
        return number.setScale(figure.decimals(), java.math.RoundingMode.UNNECESSARY);
    }

    /** A bound as Vietnamese writes it, without trailing zeros: 10.000.000, 0,5. */
    private static String asWritten(BigDecimal value) {
        return DocumentFormats.number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /**
     * A date from a Camunda Forms datetime field (stored as "yyyy-MM-dd" text), or null when blank; a Date
     * variable (sent through the REST API) is the day it falls on in {@code zone}.
     */
    static LocalDate optionalDate(String field, String label, Object value, ZoneId zone) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return LocalDate.ofInstant(date.toInstant(), zone);
        }
        try {
            String text = value.toString().trim();
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidFormInputException(field, "\"" + label + "\" không phải ngày hợp lệ (" + value + ").");
        }
    }

    private static String asText(String field, String label, Object value) {
        if (!(value instanceof String s)) {
            throw new InvalidFormInputException(field, "\"" + label + "\" phải là văn bản.");
        }
        return s.trim();
    }
}
