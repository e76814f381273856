package vn.dongthap.tdcs.reporting.documents;

import vn.dongthap.tdcs.documents.DocumentFormats;
import java.text.Normalizer;

/** The line of the report's submission summary a unit is counted on. */
enum SubmissionState {
    ON_TIME, LATE, RETURNED, MISSING;

    /*
     * The model carries only the display label, so "returned" and "not submitted" are recognised by its
     * wording ("Bị trả lại, chưa nộp lại", "Chưa nộp (đang soạn)", "Không nộp", ...). A unit that was never
     * submitted is missing whatever its label says.
     */
    static SubmissionState of(ConsolidatedReport.UnitStatus unit) {
        String label = Normalizer.normalize(DocumentFormats.text(unit.statusLabel()), Normalizer.Form.NFC)
                .toLowerCase(DocumentFormats.VIETNAMESE);
        if (label.startsWith("bị trả lại")) {
            return RETURNED;
        }
        if (unit.submittedAt() == null || label.startsWith("chưa nộp") || label.startsWith("không nộp")) {
            return MISSING;
        }
        return unit.late() ? LATE : ON_TIME;
    }

    boolean lateOrMissing() {
        return this == LATE || this == MISSING;
    }
}
