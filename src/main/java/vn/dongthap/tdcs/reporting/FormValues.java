package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.InvalidFormInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

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

    /** A non-negative amount in triệu đồng, below an upper bound that no unit can reach. */
    static BigDecimal amount(String field, String label, Object value, BigDecimal max, boolean required) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                throw new InvalidFormInputException(field, "Chưa nhập \"" + label + "\".");
            }
            return null;
        }
        BigDecimal amount;
        try {
            amount = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidFormInputException(field, "\"" + label + "\" phải là một số.");
        }
        if (amount.signum() < 0) {
            throw new InvalidFormInputException(field, "\"" + label + "\" không được âm.");
        }
        if (amount.compareTo(max) > 0) {
            throw new InvalidFormInputException(field, "\"" + label + "\" vượt quá " + max.toPlainString()
                    + " triệu đồng: kiểm tra lại đơn vị tính (triệu đồng).");
        }
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
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
