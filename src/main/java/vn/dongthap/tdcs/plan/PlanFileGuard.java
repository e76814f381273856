package vn.dongthap.tdcs.plan;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanViews.VersionSummary;

/**
 * Decides whether an edited plan file may become the newest version although UBND tỉnh's decisions made
 * versions after the one the file was last loaded as: only with the operator's explicit code
 * (app.plan-data.accept-file), otherwise startup stops with what differs and how to proceed.
 */
@Component
class PlanFileGuard {

    private static final Logger log = LoggerFactory.getLogger(PlanFileGuard.class);
    private static final int MAX_LINES = 10;
    private static final String PROPERTY = "app.plan-data.accept-file";
    private static final String VARIABLE = "APP_PLANDATA_ACCEPTFILE";

    private final PlanRegisterQueries queries;

    PlanFileGuard(PlanRegisterQueries queries) {
        this.queries = queries;
    }

    /**
     * Returns the id of the newest version the file is accepted on top of, or throws PlanFileConflictException.
     *
     * @param decidedSince the versions made by decisions after {@code lastFromFile}, oldest first (not empty)
     */
    long acceptOrRefuse(ValidatedRegister file, String fileHash, String fileName, VersionSummary lastFromFile,
                        List<VersionSummary> decidedSince, PlanFileAcceptance acceptance) {
        VersionSummary newest = decidedSince.get(decidedSince.size() - 1);
        if (acceptance.accepts(newest.versionNo(), fileHash)) {
            log.warn("Chấp nhận tệp {} làm phiên bản mới nhất, thay cho {} ({} = {}).", fileName, VersionLabels.of(newest),
                    PROPERTY, acceptance.acceptFile().trim());
            return newest.id();
        }
        throw new PlanFileConflictException(description(file, fileName, lastFromFile, decidedSince, newest, acceptance),
                action(fileName, lastFromFile, newest, PlanFileAcceptance.codeFor(newest.versionNo(), fileHash)));
    }

    private String description(ValidatedRegister file, String fileName, VersionSummary lastFromFile,
                               List<VersionSummary> decidedSince, VersionSummary newest, PlanFileAcceptance acceptance) {
        PlanDifferences.Facts fileFacts = PlanDifferences.Facts.of(file);
        List<String> lines = new ArrayList<>();
        lines.add("Tệp kế hoạch " + fileName + " đã được sửa sau khi Ủy ban nhân dân tỉnh ra quyết định sửa đổi Kế hoạch."
                + " Hệ thống không nạp tệp, để tệp không âm thầm thay thế các phiên bản theo quyết định.");
        lines.add("Tệp được nạp lần cuối thành " + VersionLabels.of(lastFromFile) + ".");
        lines.add("Sau đó có các phiên bản theo quyết định sửa đổi:");
        decidedSince.stream().limit(MAX_LINES).forEach(v -> lines.add(" - " + VersionLabels.of(v)));
        if (decidedSince.size() > MAX_LINES) {
            lines.add(" - … và " + (decidedSince.size() - MAX_LINES) + " phiên bản khác");
        }
        lines.add("Tệp hiện tại khác phiên bản " + lastFromFile.versionNo() + " ở:");
        lines.addAll(bullets(PlanDifferences.between(facts(lastFromFile), fileFacts, MAX_LINES)));
        lines.add("Nếu chấp nhận tệp, Kế hoạch sẽ khác phiên bản mới nhất (phiên bản " + newest.versionNo()
                + ") ở các điểm sau, kể cả những điểm các quyết định đã sửa mà tệp chưa có:");
        lines.addAll(bullets(PlanDifferences.between(facts(newest), fileFacts, MAX_LINES)));
        if (acceptance.isSet()) {
            lines.add("Giá trị " + PROPERTY + " đang đặt (" + acceptance.acceptFile().trim() + ") không dùng cho tệp và"
                    + " phiên bản hiện tại: mã chỉ chấp nhận đúng nội dung tệp trên đúng phiên bản mới nhất khi mã được đưa ra.");
        }
        return String.join("\n", lines);
    }

    private static String action(String fileName, VersionSummary lastFromFile, VersionSummary newest, String code) {
        return String.join("\n",
                "Chọn một trong hai cách rồi khởi động lại:",
                "1. Giữ các quyết định: trả tệp " + fileName + " về nội dung đã nạp ở phiên bản " + lastFromFile.versionNo()
                        + ". Muốn sửa Kế hoạch sau các quyết định thì đưa nội dung các quyết định vào tệp trước, rồi dùng cách 2.",
                "2. Chấp nhận tệp hiện tại làm phiên bản mới nhất, thay cho phiên bản " + newest.versionNo() + ": đặt "
                        + PROPERTY + "=" + code + " (biến môi trường " + VARIABLE + "=" + code + "). Mã chỉ chấp nhận đúng"
                        + " nội dung tệp hiện tại trên đúng phiên bản " + newest.versionNo()
                        + ", một lần; sau khi nạp có thể xóa thuộc tính.",
                "Cơ sở dữ liệu chưa bị thay đổi. Hướng dẫn: docs/van-hanh.md, mục 3.");
    }

    private PlanDifferences.Facts facts(VersionSummary version) {
        return PlanDifferences.Facts.of(queries.version(version.id()).orElseThrow());
    }

    private static List<String> bullets(List<String> differences) {
        if (differences.isEmpty()) {
            // e.g. a field the comparison does not cover: the content still differs (its fingerprint did).
            return List.of(" - (không có khác biệt ở các trường được so sánh; nội dung tệp vẫn khác)");
        }
        return differences.stream().map(d -> " - " + d).toList();
    }
}
