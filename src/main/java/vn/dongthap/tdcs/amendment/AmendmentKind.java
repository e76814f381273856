package vn.dongthap.tdcs.amendment;

import java.util.Arrays;
import java.util.Optional;

/** What a proposal does to the plan: change an item, add one, or remove one. */
public enum AmendmentKind {
    SUA_DOI("sua-doi", "Sửa đổi"),
    BO_SUNG("bo-sung", "Bổ sung"),
    BAI_BO("bai-bo", "Bãi bỏ");

    private final String formValue;
    private final String label;

    AmendmentKind(String formValue, String label) {
        this.formValue = formValue;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AmendmentKind> fromFormValue(Object value) {
        return Arrays.stream(values()).filter(k -> k.formValue.equals(value)).findFirst();
    }
}
