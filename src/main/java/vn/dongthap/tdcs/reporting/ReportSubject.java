package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The trích yếu of the consolidated report, under the document type "BÁO CÁO" (so it never says "Báo cáo" twice),
 * worded from the plan's data: "Tình hình thực hiện Kế hoạch số 752/KH-UBND ngày 20/12/2025 của UBND tỉnh thực
 * hiện Quyết định số 1560/QĐ-TTg … năm 2026". A thematic or ad-hoc round ends with its topic instead of the year.
 */
final class ReportSubject {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String PLAN_WORD = "Kế hoạch";

    private ReportSubject() {
    }

    /**
     * @param planTitle       e.g. "Kế hoạch thực hiện Quyết định số 1560/QĐ-TTg …": its leading "Kế hoạch" is not repeated
     * @param issuerShortName the plan issuer's short name in the unit register, e.g. "UBND tỉnh"
     */
    static String of(String planNumber, LocalDate issuedOn, String issuerShortName, String planTitle, RoundKind kind,
                     int reportYear, String topic) {
        StringBuilder subject = new StringBuilder("Tình hình thực hiện ").append(PLAN_WORD);
        if (hasText(planNumber)) {
            subject.append(" số ").append(planNumber.strip());
        }
        if (issuedOn != null) {
            subject.append(" ngày ").append(VN_DATE.format(issuedOn));
        }
        if (hasText(issuerShortName)) {
            subject.append(" của ").append(issuerShortName.strip());
        }
        String purpose = purpose(planTitle);
        if (!purpose.isEmpty()) {
            subject.append(' ').append(purpose);
        }
        if (kind == RoundKind.HANG_NAM || !hasText(topic)) {
            return subject.append(" năm ").append(reportYear).toString();
        }
        return subject.append(": ").append(topic.strip()).toString();
    }

    /** "Kế hoạch thực hiện X" → "thực hiện X"; a title not starting with "Kế hoạch" is kept whole. */
    private static String purpose(String planTitle) {
        if (!hasText(planTitle)) {
            return "";
        }
        String title = planTitle.strip();
        if (title.toLowerCase(Locale.ROOT).startsWith(PLAN_WORD.toLowerCase(Locale.ROOT) + " ")) {
            return title.substring(PLAN_WORD.length()).strip();
        }
        return title;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
