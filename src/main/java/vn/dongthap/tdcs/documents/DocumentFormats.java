package vn.dongthap.tdcs.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Text and date conventions shared by the Word report and the Excel workbook. */
public final class DocumentFormats {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private DocumentFormats() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(localTime(time));
    }

    /** The wall time the document shows; callers give times in the application's zone (AppClock). */
    public static LocalDateTime localTime(OffsetDateTime time) {
        return time == null ? null : time.toLocalDateTime();
    }

    /** Users' free text often carries stray spaces or a trailing newline; documents show it trimmed. */
    public static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    public static String upperCase(String value) {
        return text(value).toUpperCase(VIETNAMESE);
    }

    /** A number as Vietnamese writes it: "." between thousands, "," before the decimals (1.500,50); null is "". */
    public static String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(VIETNAMESE);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The Excel number format for a figure with this many decimals (Excel shows it in the reader's locale). */
    public static String excelNumberFormat(int decimals) {
        return decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0";
    }

    public static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
