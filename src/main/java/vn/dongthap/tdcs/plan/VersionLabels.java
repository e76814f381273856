package vn.dongthap.tdcs.plan;

import java.time.format.DateTimeFormatter;

/** How a plan version is named to people: its number and where it came from, e.g. "phiên bản 2 (Quyết định số …)". */
final class VersionLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VersionLabels() {
    }

    static String of(PlanViews.VersionSummary version) {
        if (PlanRegisterLoader.ORIGIN_AMENDMENT.equals(version.origin())) {
            return "phiên bản " + version.versionNo() + " (Quyết định số " + version.decisionNumber() + " ngày "
                    + version.decisionDate().format(DATE) + ")";
        }
        return "phiên bản " + version.versionNo() + " (nạp từ tệp dữ liệu Kế hoạch, hiệu lực từ "
                + version.effectiveFrom().format(DATE) + ")";
    }
}
