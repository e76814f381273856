package vn.dongthap.tdcs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.plan.PlanViews.Item;

/**
 * The plan data file edited after UBND tỉnh's decisions: refused with what differs and how to proceed, accepted
 * only with the code from the refusal, and an unchanged file never disturbs the decisions — on PostgreSQL.
 */
@PostgresIntegrationTest
class PlanFileAfterDecisionsIT {

    private static final Pattern CODE = Pattern.compile("app\\.plan-data\\.accept-file=(\\S+)");

    @Autowired
    PlanRegisterLoader loader;
    @Autowired
    PlanRevision revision;
    @Autowired
    PlanRegisterQueries queries;
    @Autowired
    PlanDataProperties files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurableApplicationContext context;
    @TempDir
    Path dir;

    PlanViews.VersionSummary fromFile;
    PlanViews.VersionSummary decided;

    /** UBND tỉnh's Quyết định 45/QĐ-UBND changed item 4.1's timing on top of the version loaded from the file. */
    @BeforeEach
    void decideAnAmendment() {
        fromFile = summary(queries.newestVersion().orElseThrow());
        assertThat(fromFile.origin()).isEqualTo(PlanRegisterLoader.ORIGIN_DATA_FILE);
        decided = summary(revision.createVersion(fromFile.id(), List.of(timing("4.1", "Hằng năm, trước ngày 31/12")),
                "45/QĐ-UBND", LocalDate.of(2026, 3, 2), "test"));
    }

    /** Other tests read the plan in force: every version made here goes again. */
    @AfterEach
    void removeVersionsMadeHere() {
        List<Long> made = jdbc.sql("select id from kehoach.plan_version where version_no > ? order by version_no desc")
                .param(fromFile.versionNo()).query(Long.class).list();
        jdbc.sql("update kehoach.plan_version set based_on_version_id = null, accepted_over_version_id = null"
                + " where version_no > ?").param(fromFile.versionNo()).update();
        for (Long id : made) {
            for (String table : List.of("plan_item_unit", "plan_item_figure", "plan_item_figure_unit")) {
                jdbc.sql("delete from kehoach." + table + " where item_id in (select id from kehoach.plan_item where version_id = ?)")
                        .param(id).update();
            }
            for (String table : List.of("plan_item", "plan_group", "plan_reporting_regime", "plan_figure")) {
                jdbc.sql("delete from kehoach." + table + " where version_id = ?").param(id).update();
            }
            jdbc.sql("delete from kehoach.plan_version where id = ?").param(id).update();
        }
    }

    @Test
    void aFigureFlagTakenOffAnItemIsNamedAmongTheDifferences() throws IOException {
        String before = snapshot();
        // with the figure goes the unit the item names for it (figureUnits)
        Resource plan = file("ke-hoach-752.yaml", planText().replaceAll("    figures: \\[poorFundContribution\\]\n(    #.*\n)*"
                + "    figureUnits:\n      poorFundContribution: \\[mttq-tinh\\]\n", ""));

        assertThat(refused(file("don-vi.yaml", unitsText()), plan, null).getMessage())
                .contains(" - nhiệm vụ STT 2.2: số liệu (\"poorFundContribution\" → \"\")");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anEditedFileIsRefusedNamingTheVersionsAndTheDifferencesAndNothingIsWritten() throws IOException {
        String before = snapshot();
        Resource units = file("don-vi.yaml", unitsText().replace("name: Ủy ban nhân dân xã Tân Hồng", "name: Xã Tân Hồng (đổi tên)"));
        Resource plan = file("ke-hoach-752.yaml", editedPlan());

        PlanFileConflictException refusal = refused(units, plan, null);

        assertThat(refusal.getMessage())
                .contains("Tệp kế hoạch ke-hoach-752.yaml đã được sửa sau khi Ủy ban nhân dân tỉnh ra quyết định sửa đổi Kế hoạch.")
                .contains("Tệp được nạp lần cuối thành phiên bản " + fromFile.versionNo() + " (nạp từ tệp dữ liệu Kế hoạch, hiệu lực từ 20/12/2025).")
                .contains(" - phiên bản " + decided.versionNo() + " (Quyết định số 45/QĐ-UBND ngày 02/03/2026)")
                .contains("Tệp hiện tại khác phiên bản " + fromFile.versionNo() + " ở:\n"
                        + " - nhiệm vụ STT 1.2: thời gian (\"Tháng 12/2025\" → \"Tháng 01/2026\")\n"
                        + " - bỏ nhiệm vụ STT 5.5\n")
                // what accepting would undo: the decision's 4.1 timing is not in the file
                .contains("Nếu chấp nhận tệp, Kế hoạch sẽ khác phiên bản mới nhất (phiên bản " + decided.versionNo() + ")")
                .contains(" - nhiệm vụ STT 4.1: thời gian (\"Hằng năm, trước ngày 31/12\" → \"Thường xuyên\")");
        assertThat(refusal.action())
                .contains("1. Giữ các quyết định: trả tệp ke-hoach-752.yaml về nội dung đã nạp ở phiên bản " + fromFile.versionNo())
                .containsPattern("app\\.plan-data\\.accept-file=" + decided.versionNo() + "-[0-9a-f]{12} "
                        + "\\(biến môi trường APP_PLANDATA_ACCEPTFILE=" + decided.versionNo() + "-[0-9a-f]{12}\\)")
                .contains("Cơ sở dữ liệu chưa bị thay đổi.");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(queries.unit("xa-tan-hong").orElseThrow().name()).isEqualTo("Ủy ban nhân dân xã Tân Hồng");
    }

    @Test
    void theFailureAnalyzerShowsTheRefusalAndTheWayOn() throws IOException {
        PlanFileConflictException refusal = refused(files.unitsFile(), file("ke-hoach-752.yaml", editedPlan()), null);
        // as Spring Boot reports a failed start: the first registered analyzer that answers, for the wrapped failure
        var analyzers = SpringFactoriesLoader.forDefaultResourceLocation().load(FailureAnalyzer.class,
                SpringFactoriesLoader.ArgumentResolver.of(BeanFactory.class, context.getBeanFactory())
                        .and(Environment.class, context.getEnvironment()),
                SpringFactoriesLoader.FailureHandler.logging(org.apache.commons.logging.LogFactory.getLog(getClass())));
        Throwable startupFailure = new IllegalStateException("Failed to execute ApplicationRunner", refusal);
        FailureAnalysis analysis = analyzers.stream().map(a -> a.analyze(startupFailure)).filter(Objects::nonNull)
                .findFirst().orElseThrow();

        assertThat(analysis.getDescription()).isEqualTo(refusal.getMessage()).contains("nhiệm vụ STT 1.2: thời gian");
        assertThat(analysis.getAction()).startsWith("Chọn một trong hai cách rồi khởi động lại:")
                .contains("2. Chấp nhận tệp hiện tại làm phiên bản mới nhất, thay cho phiên bản " + decided.versionNo());
    }

    @Test
    void withTheCodeTheFileBecomesTheNewestVersionOnceAndTheCodeNeverOverridesLaterDecisions() throws IOException {
        Resource plan = file("ke-hoach-752.yaml", editedPlan());
        PlanFileAcceptance acceptance = new PlanFileAcceptance(code(refused(files.unitsFile(), plan, null)));

        LoadResult accepted = loader.load(files.unitsFile(), plan, "test", acceptance);

        assertThat(accepted.newPlanVersion()).isTrue();
        assertThat(accepted.planVersionNo()).isEqualTo(decided.versionNo() + 1);
        assertThat(queries.versionInForce(LocalDate.now()).orElseThrow()).isEqualTo(accepted.planVersionId());
        List<Item> items = queries.items(accepted.planVersionId(), null);
        assertThat(item(items, "1.2").timing()).isEqualTo("Tháng 01/2026");
        assertThat(items).extracting(Item::stt).doesNotContain("5.5");
        assertThat(jdbc.sql("select origin, accepted_over_version_id from kehoach.plan_version where id = ?")
                .param(accepted.planVersionId()).query().singleRow())
                .containsEntry("origin", "DATA_FILE").containsEntry("accepted_over_version_id", decided.id());
        assertThat(item(queries.items(decided.id(), null), "4.1").timing()).isEqualTo("Hằng năm, trước ngày 31/12");

        // restart, property still set, file unchanged: nothing changes
        String afterAcceptance = snapshot();
        LoadResult restart = loader.load(files.unitsFile(), plan, "test", acceptance);
        assertThat(restart.newPlanVersion()).isFalse();
        assertThat(restart.planVersionId()).isEqualTo(accepted.planVersionId());
        assertThat(snapshot()).isEqualTo(afterAcceptance);

        // a later decision; the same file and the same property still change nothing
        long later = revision.createVersion(accepted.planVersionId(), List.of(timing("4.2", "Quý IV hằng năm")),
                "60/QĐ-UBND", LocalDate.of(2026, 6, 1), "test");
        String afterLaterDecision = snapshot();
        assertThat(loader.load(files.unitsFile(), plan, "test", acceptance).newPlanVersion()).isFalse();
        assertThat(snapshot()).isEqualTo(afterLaterDecision);
        assertThat(queries.newestVersion()).contains(later);

        // the file edited again: the old code does not override the later decision
        Resource editedAgain = file("ke-hoach-752.yaml", editedPlan().replace("timing: Tháng 01/2026", "timing: Tháng 02/2026"));
        PlanFileConflictException again = refused(files.unitsFile(), editedAgain, acceptance);
        assertThat(again.getMessage())
                .contains(" - phiên bản " + summary(later).versionNo() + " (Quyết định số 60/QĐ-UBND ngày 01/06/2026)")
                .contains("Giá trị app.plan-data.accept-file đang đặt (" + acceptance.acceptFile() + ") không dùng cho tệp");
        assertThat(code(again)).isNotEqualTo(acceptance.acceptFile()).startsWith(summary(later).versionNo() + "-");
        assertThat(snapshot()).isEqualTo(afterLaterDecision);
    }

    @Test
    void anUnchangedFileAfterDecisionsStartsAndChangesNothing() {
        String before = snapshot();

        LoadResult result = loader.load(files.unitsFile(), files.planFile(), "test", new PlanFileAcceptance(null));

        assertThat(result.newPlanVersion()).isFalse();
        assertThat(result.planVersionId()).isEqualTo(fromFile.id());
        assertThat(queries.newestVersion()).contains(decided.id());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anAmendedVersionRecordsTheVersionItWasMadeFrom() {
        assertThat(jdbc.sql("select based_on_version_id from kehoach.plan_version where id = ?").param(decided.id())
                .query(Long.class).single()).isEqualTo(fromFile.id());
    }

    private PlanFileConflictException refused(Resource units, Resource plan, PlanFileAcceptance acceptance) {
        PlanFileAcceptance given = acceptance == null ? new PlanFileAcceptance(null) : acceptance;
        String before = snapshot();
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(PlanFileConflictException.class,
                () -> loader.load(units, plan, "test", given));
        assertThat(thrown).as("the edited file is refused").isNotNull();
        assertThat(snapshot()).isEqualTo(before);
        return thrown;
    }

    private static String code(PlanFileConflictException refusal) {
        Matcher m = CODE.matcher(refusal.action());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The shipped plan with 1.2's timing changed and item 5.5 removed. */
    private String editedPlan() throws IOException {
        String plan = planText().replace("timing: Tháng 12/2025", "timing: Tháng 01/2026");
        int from = plan.indexOf("  - stt: \"5.5\"");
        int to = plan.indexOf("  - stt: \"6\"");
        return plan.substring(0, from) + plan.substring(to);
    }

    private static PlanChange timing(String stt, String timing) {
        return new PlanChange(PlanChange.Type.CHANGE, stt, null, null, null, null, null, timing);
    }

    private PlanViews.VersionSummary summary(long id) {
        return queries.version(id).orElseThrow().summary();
    }

    /** Every table a load writes, as text: equal snapshots mean nothing changed. */
    private String snapshot() {
        return String.join("|",
                jdbc.sql("select * from kehoach.org_unit order by id").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.unit_kind order by id").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.unit_collective order by id").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.unit_collective_member order by 1, 2").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.data_file_load order by 1").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.plan_version order by id").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.plan_reporting_regime order by 1").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.plan_group order by 1, 2").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.plan_item order by id").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.plan_item_unit order by 1, 2, 3").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.plan_figure order by 1, 2").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.plan_item_figure order by 1, 2").query().listOfRows().toString());
    }

    private static Item item(List<Item> items, String stt) {
        return items.stream().filter(i -> i.stt().equals(stt)).findFirst().orElseThrow();
    }

    private String planText() throws IOException {
        return files.planFile().getContentAsString(StandardCharsets.UTF_8);
    }

    private String unitsText() throws IOException {
        return files.unitsFile().getContentAsString(StandardCharsets.UTF_8);
    }

    private Resource file(String name, String content) throws IOException {
        return new FileSystemResource(Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8));
    }
}
