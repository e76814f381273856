package vn.dongthap.tdcs.reporting;

import java.util.regex.Pattern;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/** Số, ký hiệu of an outgoing document as Nghị định 30/2020/NĐ-CP prints it: "125/BC-NHCSXH". */
final class DocumentNumber {

    /** A number, a slash, then the symbol in capitals (letters of the document type and the issuer, hyphens). */
    private static final Pattern FORM = Pattern.compile("\\d{1,6}/[\\p{Lu}\\d][\\p{Lu}\\d.&-]{0,50}");
    private static final Pattern PREFIX = Pattern.compile("^(?iu)số\\s*:?\\s*");

    private DocumentNumber() {
    }

    /** The number as typed, without a leading "Số:" and spaces; refused with a Vietnamese message if malformed. */
    static String parse(String field, String label, Object value) {
        String text = FormValues.requireText(field, label, value, 1, 60);
        String number = PREFIX.matcher(text).replaceFirst("").replaceAll("\\s+", "");
        if (!FORM.matcher(number).matches()) {
            throw new InvalidFormInputException(field, "\"" + label + "\" viết theo dạng số/ký hiệu, ví dụ 125/BC-NHCSXH "
                    + "(ký hiệu viết chữ in hoa), không phải \"" + text + "\".");
        }
        return number;
    }
}
