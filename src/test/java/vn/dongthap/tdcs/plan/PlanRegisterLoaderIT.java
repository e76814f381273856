package vn.dongthap.tdcs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.plan.PlanViews.Item;
import vn.dongthap.tdcs.plan.PlanViews.Unit;

@PostgresIntegrationTest
class PlanRegisterLoaderIT {

    private static final List<String> APPENDIX_ROWS = List.of("1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2",
            "4.1", "4.2", "4.3", "4.4", "4.5", "5.1", "5.2", "5.3", "5.4", "5.5", "6", "BC");

    @Autowired
    PlanRegisterLoader loader;
    @Autowired
    PlanRegisterQueries queries;
    @Autowired
    PlanDataProperties files;
    @Autowired
    PlanRevision revision;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @Test
    void loadsEveryUnitOfTheProvince() {
        Map<String, Long> byKind = queries.units().stream().filter(Unit::active)
                .collect(Collectors.groupingBy(Unit::kind, Collectors.counting()));
        assertThat(byKind.get("xa") + byKind.get("phuong")).isEqualTo(102);
        assertThat(byKind).containsEntry("xa", 82L).containsEntry("phuong", 20L).containsEntry("so-nganh", 12L);
        assertThat(queries.unit("phuong-my-tho").orElseThrow().name()).isEqualTo("Ủy ban nhân dân phường Mỹ Tho");
        assertThat(queries.unit("xa-my-tho").orElseThrow().name()).isEqualTo("Ủy ban nhân dân xã Mỹ Thọ");
        assertThat(queries.unit("nhcsxh-tinh").orElseThrow().shortName()).isEqualTo("Chi nhánh NHCSXH tỉnh");
        assertThat(queries.unit("xa-tan-phu-dong").orElseThrow().verified()).isFalse();
        assertThat(queries.unit("xa-tan-hong").orElseThrow().verified()).isTrue();
        assertThat(queries.units()).allSatisfy(u -> assertThat(u.email()).contains("@"));
    }

    @Test
    void everyAppendixRowIsPresentWithItsUnits() {
        long version = currentVersion();
        List<Item> items = queries.items(version, null);
        assertThat(items).extracting(Item::stt).containsExactlyElementsOf(APPENDIX_ROWS);

        List<String> communes = unitIdsOfKind("xa", "phuong");
        List<String> departments = unitIdsOfKind("so-nganh");
        Item first = item(items, "1.1");
        assertThat(first.leadText()).isEqualTo("Các sở, ngành tỉnh, UBND cấp xã");
        assertThat(first.leadUnitIds()).hasSize(114).containsAll(communes).containsAll(departments);
        assertThat(item(items, "2.1").coopUnitIds())
                .containsExactly("mttq-tinh", "hoi-lhpn-tinh", "hoi-nong-dan-tinh", "hoi-ccb-tinh", "tinh-doan");
        assertThat(item(items, "4.1").leadUnitIds()).hasSize(103).contains("so-tai-chinh").containsAll(communes);
        assertThat(item(items, "4.3").leadUnitIds()).containsExactlyInAnyOrderElementsOf(communes);
        assertThat(item(items, "4.4").leadUnitIds()).contains("so-nong-nghiep-moi-truong");
        assertThat(item(items, "5.2").leadUnitIds()).containsExactly("nhcsxh-tinh");
        assertThat(item(items, "5.2").coopUnitIds()).containsAll(communes).contains("hoi-nong-dan-tinh");
        assertThat(item(items, "5.3").product()).isEmpty();
        assertThat(item(items, "6").leadText()).isEqualTo("Các sở, ngành liên quan, UBND cấp xã");
        Item regime = item(items, "BC");
        assertThat(regime.content()).startsWith("Chế độ báo cáo: Định kỳ hằng năm báo cáo tình hình thực hiện Kế hoạch trước ngày 05/10");
        assertThat(regime.leadUnitIds()).contains("nhcsxh-tinh").containsAll(communes).containsAll(departments);
        assertThat(regime.timing()).isEqualTo("Định kỳ hằng năm (trước ngày 05/10)");

        var plan = queries.version(version).orElseThrow();
        assertThat(plan.summary().number()).isEqualTo("752/KH-UBND");
        assertThat(plan.summary().issuedOn()).hasToString("2025-12-20");
        assertThat(plan.legalBasis()).anySatisfy(b -> assertThat(b).startsWith("Quyết định số 1560/QĐ-TTg"));
        assertThat(plan.reportingRegime().dueBefore()).isEqualTo("10-05");
        assertThat(plan.reportingRegime().recipientUnit()).isEqualTo("nhcsxh-tinh");
        assertThat(plan.reportingRegime().consolidatedTo()).containsExactly("ubnd-tinh", "nhnn-viet-nam");
    }

    @Test
    void aCommuneSeesOnlyTheItemsItLeadsOrCoOperatesOn() {
        List<String> stts = queries.items(currentVersion(), "xa-my-tho").stream().map(Item::stt).toList();
        assertThat(stts).contains("1.1", "4.3", "5.2", "BC").doesNotContain("5.3", "5.4", "5.5");
    }

    @Test
    void loadingTheSameFilesAgainChangesNothing() {
        String before = snapshot();
        LoadResult again = loader.load(files.unitsFile(), files.planFile(), "test");
        assertThat(again.newPlanVersion()).isFalse();
        assertThat(again.unitsUpdated()).isFalse();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @Transactional // rolled back: other tests keep seeing version 1 as current
    void aChangedPlanFileBecomesANewVersionAndTheOldOneIsKept() throws IOException {
        long oldVersion = currentVersion();
        String oldTiming = item(queries.items(oldVersion, null), "1.2").timing();
        Path plan = write("ke-hoach-752.yaml", planText().replace("timing: Tháng 12/2025", "timing: Tháng 01/2026"));

        LoadResult result = loader.load(files.unitsFile(), new FileSystemResource(plan), "test");

        assertThat(result.newPlanVersion()).isTrue();
        assertThat(result.planVersionNo()).isEqualTo(2);
        assertThat(item(queries.items(result.planVersionId(), null), "1.2").timing()).isEqualTo("Tháng 01/2026");
        assertThat(item(queries.items(oldVersion, null), "1.2").timing()).isEqualTo(oldTiming);
        assertThat(queries.versions()).hasSize(2);
    }

    @Test
    void figuresAskedOfUnitsAreFlagsOnPlanItems() {
        long version = currentVersion();
        assertThat(queries.figures(version)).extracting(PlanViews.Figure::key, PlanViews.Figure::unit, PlanViews.Figure::decimals)
                .containsExactly(tuple("budgetEntrusted", "triệu đồng", 2), tuple("poorFundContribution", "triệu đồng", 2));
        List<Item> items = queries.items(version, null);
        assertThat(item(items, "4.1").figures()).containsExactly("budgetEntrusted");
        assertThat(item(items, "4.2").figures()).containsExactly("budgetEntrusted");
        assertThat(item(items, "2.2").figures()).containsExactly("poorFundContribution");
        assertThat(items.stream().filter(i -> !i.figures().isEmpty())).extracting(Item::stt).containsExactly("2.2", "4.1", "4.2");
        // lead units of flagged items are asked; a co-operating unit is not (askedOf: [lead])
        assertThat(queries.figuresAskedOf(version, "so-tai-chinh")).extracting(PlanViews.Figure::key)
                .containsExactly("budgetEntrusted", "poorFundContribution");
        assertThat(queries.figuresAskedOf(version, "so-y-te")).extracting(PlanViews.Figure::key)
                .containsExactly("poorFundContribution");
        assertThat(queries.figuresAskedOf(version, "xa-my-tho")).extracting(PlanViews.Figure::key)
                .containsExactly("budgetEntrusted", "poorFundContribution");
        // Ủy ban MTTQ tỉnh is named by item 2.2 for the fund it runs; the organisations co-operating on 2.2 are not
        assertThat(queries.figuresAskedOf(version, "mttq-tinh")).extracting(PlanViews.Figure::key)
                .containsExactly("poorFundContribution");
        assertThat(queries.figuresAskedOf(version, "hoi-nong-dan-tinh")).isEmpty();
        assertThat(queries.itemFigureUnits(version).get(item(items, "2.2").id()))
                .containsExactly(java.util.Map.entry("poorFundContribution", List.of("mttq-tinh")));
    }

    @Test
    void aFigureAskedOfACollectiveByNameIsRefused() throws IOException {
        assertRefused(planText().replace("poorFundContribution: [mttq-tinh]", "poorFundContribution: [mttq-va-to-chuc-ctxh]"),
                unitsText(), "figureUnits: \"mttq-va-to-chuc-ctxh\" không phải một đơn vị");
    }

    @Test
    void anUnknownFigureFlagIsRefusedNamingFileAndItem() throws IOException {
        assertRefused(planText().replace("figures: [poorFundContribution]", "figures: [soHoDuocVay]"), unitsText(),
                "Tệp ke-hoach-752.yaml, nhiệm vụ STT 2.2: số liệu \"soHoDuocVay\" không có trong danh sách số liệu "
                        + "của chế độ báo cáo (reportingRegime.figures).");
    }

    @Test
    void aFigureWithAnUnknownRoleOrInvertedBoundsIsRefused() throws IOException {
        assertRefused(planText().replace("      max: 1000000\n      askedOf: [lead]", "      max: -1\n      askedOf: [chu-tri]"),
                unitsText(), "Tệp ke-hoach-752.yaml, số liệu báo cáo \"poorFundContribution\": giá trị nhỏ nhất (min) lớn hơn "
                        + "giá trị lớn nhất (max).");
        assertRefused(planText().replace("      max: 1000000\n      askedOf: [lead]", "      max: 1000000\n      askedOf: [chu-tri]"),
                unitsText(), "Tệp ke-hoach-752.yaml, số liệu báo cáo \"poorFundContribution\": vai trò \"chu-tri\" không hợp lệ; "
                        + "askedOf chỉ gồm lead (chủ trì), coop (phối hợp).");
    }

    @Test
    @Transactional // rolled back: other tests keep seeing the file's version as current
    void anAmendmentKeepsTheFlagsOfItsItemsAndANewItemAsksNone() {
        long base = currentVersion();
        long amended = revision.createVersion(base, List.of(
                new PlanChange(PlanChange.Type.CHANGE, "4.1", null, "Nội dung 4.1 sau sửa đổi", List.of("so-tai-chinh"),
                        null, null, null),
                new PlanChange(PlanChange.Type.ADD, "4.6", "4", "Nhiệm vụ bổ sung về vốn ủy thác", List.of("so-tai-chinh"),
                        null, "Báo cáo", "Thường xuyên")),
                "15/QĐ-UBND", java.time.LocalDate.now(), "test");
        List<Item> items = queries.items(amended, null);
        assertThat(item(items, "4.1").content()).isEqualTo("Nội dung 4.1 sau sửa đổi");
        assertThat(item(items, "4.1").figures()).containsExactly("budgetEntrusted");
        assertThat(item(items, "2.2").figures()).containsExactly("poorFundContribution");
        assertThat(item(items, "4.6").figures()).isEmpty();
        assertThat(queries.figures(amended)).isEqualTo(queries.figures(base));
        // 4.1 now asks only Sở Tài chính; communes still lead 4.2
        assertThat(queries.figuresAskedOf(amended, "xa-my-tho")).extracting(PlanViews.Figure::key)
                .containsExactly("budgetEntrusted", "poorFundContribution");
    }

    @Test
    void anUnknownUnitIdIsRefusedWithFileEntryAndProblem() throws IOException {
        assertRefused(planText().replaceFirst("lead: \\[so-tai-chinh, ubnd-cap-xa\\]", "lead: [so-tai-chinh-cu, ubnd-cap-xa]"),
                unitsText(), "Tệp ke-hoach-752.yaml, nhiệm vụ STT 4.1: đơn vị chủ trì \"so-tai-chinh-cu\" không có trong don-vi.yaml.");
    }

    @Test
    void aDuplicateSttIsRefused() throws IOException {
        assertRefused(planText().replace("- stt: \"1.2\"", "- stt: \"1.1\""), unitsText(),
                "Tệp ke-hoach-752.yaml, nhiệm vụ STT 1.1: STT bị trùng.");
    }

    @Test
    void aMissingFieldIsRefused() throws IOException {
        assertRefused(planText().replace("    timing: Tháng 12/2025\n", ""), unitsText(),
                "Tệp ke-hoach-752.yaml, nhiệm vụ STT 1.2: thiếu trường bắt buộc \"timing\".");
    }

    @Test
    void aDuplicateUnitIdIsRefused() throws IOException {
        assertRefused(planText(), unitsText().replace("- id: phuong-dao-thanh", "- id: phuong-my-tho"),
                "Tệp don-vi.yaml, đơn vị \"phuong-my-tho\": mã đơn vị bị trùng.");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        String before = snapshot();
        Path plan = dir.resolve("ke-hoach-752.yaml");
        Files.write(plan, planText().getBytes(java.nio.charset.Charset.forName("windows-1258")));
        assertThatThrownBy(() -> loader.load(files.unitsFile(), new FileSystemResource(plan), "test"))
                .isInstanceOf(PlanDataException.class)
                .hasMessageContaining("Tệp ke-hoach-752.yaml: không phải văn bản UTF-8 hợp lệ")
                .hasMessageContaining("dòng 1");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() throws IOException {
        assertRefused(planText().replace("  number: 752/KH-UBND", "  number: [752/KH-UBND"), unitsText(),
                "Tệp ke-hoach-752.yaml, dòng");
    }

    @Test
    void aMisspelledFieldIsRefused() throws IOException {
        assertRefused(planText().replace("    timing: Tháng 12/2025", "    timming: Tháng 12/2025"), unitsText(),
                "trường \"timming\" không được hỗ trợ");
    }

    @Test
    void aChangedUnitsFileWithAnErrorUpdatesNoUnit() throws IOException {
        String units = unitsText().replace("name: Ủy ban nhân dân xã Tân Hồng", "name: Xã Tân Hồng (đổi tên)")
                .replace("kind: phuong\n    email: phuong-my-tho@", "kind: phuong-moi\n    email: phuong-my-tho@");
        assertRefused(planText(), units, "Tệp don-vi.yaml, đơn vị \"phuong-my-tho\": loại \"phuong-moi\" không có trong danh sách kinds.");
        assertThat(queries.unit("xa-tan-hong").orElseThrow().name()).isEqualTo("Ủy ban nhân dân xã Tân Hồng");
    }

    private void assertRefused(String plan, String units, String expectedMessage) throws IOException {
        String before = snapshot();
        Resource unitsFile = new FileSystemResource(write("don-vi.yaml", units));
        Resource planFile = new FileSystemResource(write("ke-hoach-752.yaml", plan));
        assertThatThrownBy(() -> loader.load(unitsFile, planFile, "test"))
                .isInstanceOf(PlanDataException.class)
                .hasMessageContaining(expectedMessage);
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Everything the loader writes, as text: equal snapshots mean nothing changed. */
    private String snapshot() {
        return String.join("|",
                jdbc.sql("select id, name, short_name, kind, email, verified, active, updated_at from kehoach.org_unit order by id")
                        .query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.plan_version order by id").query().listOfRows().toString(),
                jdbc.sql("select count(*) from kehoach.plan_item").query().singleValue().toString(),
                jdbc.sql("select count(*) from kehoach.plan_item_unit").query().singleValue().toString(),
                jdbc.sql("select * from kehoach.unit_collective_member order by 1, 2").query().listOfRows().toString(),
                jdbc.sql("select * from kehoach.data_file_load").query().listOfRows().toString());
    }

    private long currentVersion() {
        return queries.versionInForce(java.time.LocalDate.now()).orElseThrow();
    }

    private List<String> unitIdsOfKind(String... kinds) {
        List<String> wanted = List.of(kinds);
        return queries.units().stream().filter(u -> wanted.contains(u.kind())).map(Unit::id).toList();
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

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
