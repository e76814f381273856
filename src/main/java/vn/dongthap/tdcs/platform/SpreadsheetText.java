package vn.dongthap.tdcs.platform;

/**
 * Text that ends up in a spreadsheet (CSV downloads, Excel workbooks) comes partly from users: a unit's
 * answers, a task's assignee. A cell starting with = + - @ tab or CR would be run as a formula when the file
 * is opened (OWASP "CSV injection"), so such text gets a leading apostrophe and is shown as text.
 */
public final class SpreadsheetText {

    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The text itself, or the text behind an apostrophe when a spreadsheet would read it as a formula. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty() || FORMULA_TRIGGERS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    /** One CSV field: always quoted (RFC 4180, inner quotes doubled), never a formula; null is an empty field. */
    public static String csvField(String text) {
        return text == null ? "\"\"" : "\"" + neutralised(text).replace("\"", "\"\"") + "\"";
    }
}
