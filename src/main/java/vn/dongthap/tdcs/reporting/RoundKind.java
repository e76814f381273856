package vn.dongthap.tdcs.reporting;

import java.util.Arrays;
import java.util.Optional;

/** Report kinds of Nghị định 09/2019/NĐ-CP as used by the plan. */
public enum RoundKind {
    HANG_NAM("dinh-ky", "Định kỳ hằng năm", "BC-NAM"),
    CHUYEN_DE("chuyen-de", "Chuyên đề", "BC-CD"),
    DOT_XUAT("dot-xuat", "Đột xuất", "BC-DX");

    private final String formValue;
    private final String label;
    private final String keyPrefix;

    RoundKind(String formValue, String label, String keyPrefix) {
        this.formValue = formValue;
        this.label = label;
        this.keyPrefix = keyPrefix;
    }

    public String label() {
        return label;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    /** The value used in forms and process variables ("chuyen-de", "dot-xuat"). */
    public static Optional<RoundKind> fromFormValue(String value) {
        return Arrays.stream(values()).filter(k -> k.formValue.equals(value)).findFirst();
    }
}
