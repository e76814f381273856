package vn.dongthap.tdcs.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every list of units, collectives, plan items and groups in every form is the data's, in the data's order: read
 * here straight from don-vi.yaml and ke-hoach-752.yaml (not through the application's reader), compared with the
 * rendered forms.
 */
class FormTemplatesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Which field of which form lists what; a form losing its marker (typed options again) fails here. */
    private static final Map<String, String> LISTS = new TreeMap<>(Map.ofEntries(
            Map.entry("adhoc-report-start/unitIds", "don-vi-bao-cao"),
            Map.entry("adhoc-report-start/requestedByUnit", "co-quan-yeu-cau"),
            Map.entry("amendment-request-start/targetStt", "hang-muc-ke-hoach"),
            Map.entry("amendment-request-start/newGroup", "nhom-nhiem-vu"),
            Map.entry("amendment-request-start/newLead", "don-vi-va-nhom"),
            Map.entry("amendment-request-start/newCoop", "don-vi-va-nhom"),
            Map.entry("amendment-revise/targetStt", "hang-muc-ke-hoach"),
            Map.entry("amendment-revise/newGroup", "nhom-nhiem-vu"),
            Map.entry("amendment-revise/newLead", "don-vi-va-nhom"),
            Map.entry("amendment-revise/newCoop", "don-vi-va-nhom"),
            Map.entry("amendment-clarify/targetStt", "hang-muc-ke-hoach"),
            Map.entry("amendment-clarify/newGroup", "nhom-nhiem-vu"),
            Map.entry("amendment-clarify/newLead", "don-vi-va-nhom"),
            Map.entry("amendment-clarify/newCoop", "don-vi-va-nhom"),
            // the reviews show the proposal as texts rendered from the tables (ProposalDetails), not as lists
            Map.entry("amendment-request-start/newRecipients", "don-vi"),
            Map.entry("amendment-revise/newRecipients", "don-vi"),
            Map.entry("amendment-clarify/newRecipients", "don-vi"),
            Map.entry("amendment-decision/adjLead", "don-vi-va-nhom"),
            Map.entry("amendment-decision/adjCoop", "don-vi-va-nhom")));

    @Test
    void everyListInEveryFormIsTheData() throws IOException {
        Map<String, Map<String, String>> expected = expectedLists();
        Map<String, String> found = new TreeMap<>();
        for (RenderedForm form : DataFileForms.rendered()) {
            for (JsonNode component : components(JSON.readTree(form.content()))) {
                String source = component.path("properties").path("options").asText(null);
                if (source == null) {
                    continue;
                }
                String field = form.formId() + "/" + component.path("key").asText();
                found.put(field, source);
                Map<String, String> choices = new LinkedHashMap<>();
                component.path("values").forEach(v -> choices.put(v.path("value").asText(), v.path("label").asText()));
                assertThat(choices).as(field).containsExactlyEntriesOf(expected.get(source));
            }
        }
        assertThat(found).containsExactlyEntriesOf(LISTS);
    }

    @Test
    void collectivesComeFirstThenProvincialBodiesDepartmentsWardsAndCommunes() {
        List<FormOption> units = DeployedForms.options(
                new ByteArrayInputStream(DataFileForms.rendered("amendment-request-start").content()), "newLead");
        assertThat(units.get(0).label()).isEqualTo("Các sở, ngành tỉnh");
        int province = indexOf(units, "UBND tỉnh");
        int department = indexOf(units, "Sở Tài chính");
        int ward = indexOf(units, "Phường Mỹ Tho");
        int commune = indexOf(units, "Xã Tân Hồng");
        assertThat(indexOf(units, "UBND cấp xã")).isLessThan(province);
        assertThat(province).isLessThan(department);
        assertThat(department).isLessThan(ward);
        assertThat(ward).isLessThan(commune);
    }

    @Test
    void planItemsReadAsSttAndShortenedContent() {
        assertThat(FormOptions.itemLabel("1.1", "Tổ chức nghiên cứu, phổ biến, quán triệt sâu rộng Chỉ thị 39-CT/TW của Ban Bí thư, "
                + "Quyết định số 1560/QĐ-TTg của Thủ tướng Chính phủ"))
                .isEqualTo("1.1 – Tổ chức nghiên cứu, phổ biến, quán triệt sâu rộng Chỉ thị 39-CT/TW của Ban Bí thư, Quyết…");
        assertThat(FormOptions.itemLabel("5.4", "Nội dung ngắn")).isEqualTo("5.4 – Nội dung ngắn");
    }

    @Test
    void aRenamedUnitReachesEveryFormThatListsUnits() throws IOException {
        FormOptions data = FormOptions.fromFiles(DataFileForms.data());
        List<FormOption> renamed = data.units().stream()
                .map(u -> u.value().equals("xa-tan-hong") ? new FormOption(u.value(), "Xã Tân Hồng (tên mới)") : u).toList();
        List<FormOption> renamedReporters = data.reporters().stream()
                .map(u -> u.value().equals("xa-tan-hong") ? new FormOption(u.value(), "Xã Tân Hồng (tên mới)") : u).toList();
        List<RenderedForm> forms = FormTemplates.render(new FormOptions(renamed, data.collectives(), data.planItems(),
                data.planGroups(), renamedReporters, data.authorities()));
        List<String> listing = new ArrayList<>();
        for (RenderedForm form : forms) {
            if (form.json().contains("Xã Tân Hồng (tên mới)")) {
                listing.add(form.formId());
            }
            assertThat(form.json()).doesNotContain("\"Xã Tân Hồng\"");
        }
        assertThat(listing).containsExactlyInAnyOrder("adhoc-report-start", "amendment-request-start", "amendment-revise",
                "amendment-clarify", "amendment-decision");
    }

    @Test
    void anUnknownListStopsRendering() {
        String template = """
                {"id": "x", "components": [{"id": "Field_X", "type": "select", "key": "x", "values": [],
                  "properties": {"options": "don-vi-cu"}}]}""";
        assertThatThrownBy(() -> FormTemplates.render("x.form",
                new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)), FormOptions.fromFiles(DataFileForms.data())))
                .hasMessageContaining("Field_X").hasMessageContaining("don-vi-cu");
    }

    @Test
    void templatesInFormsAreTheFormsDeployed() {
        File[] files = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
        assertThat(files).isNotEmpty();
        assertThat(DataFileForms.rendered()).extracting(RenderedForm::resourceName)
                .containsExactlyInAnyOrder(java.util.Arrays.stream(files).map(File::getName).toArray(String[]::new));
    }

    /** Source → value → label, from the data files as written. */
    private static Map<String, Map<String, String>> expectedLists() throws IOException {
        JsonNode units = read("data/don-vi.yaml");
        JsonNode plan = read("data/ke-hoach-752.yaml");
        Map<String, String> unitChoices = new LinkedHashMap<>();
        units.get("units").forEach(u -> unitChoices.put(u.get("id").asText(), u.get("shortName").asText()));
        Map<String, String> withCollectives = new LinkedHashMap<>();
        units.get("collectives").forEach(c -> withCollectives.put(c.get("id").asText(), c.get("name").asText()));
        withCollectives.putAll(unitChoices);
        Map<String, String> items = new LinkedHashMap<>();
        plan.get("items").forEach(i -> items.put(i.get("stt").asText(),
                FormOptions.itemLabel(i.get("stt").asText(), i.get("content").asText())));
        Map<String, String> groups = new LinkedHashMap<>();
        plan.get("groups").forEach(g -> groups.put(g.get("code").asText(), g.get("code").asText() + ". " + g.get("title").asText()));
        assertThat(items.get("1.1")).startsWith("1.1 – Tổ chức nghiên cứu");
        // who reports: the regime's obligation (kinds and units that must report or are invited)
        JsonNode obligation = plan.get("reportingRegime").get("obligation");
        java.util.Set<String> kinds = new java.util.HashSet<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        obligation.get("mustReportKinds").forEach(k -> kinds.add(k.asText()));
        obligation.get("invitedKinds").forEach(k -> kinds.add(k.asText()));
        obligation.get("mustReportUnits").forEach(u -> ids.add(u.asText()));
        obligation.get("invitedUnits").forEach(u -> ids.add(u.asText()));
        Map<String, String> reportingUnits = new LinkedHashMap<>();
        units.get("units").forEach(u -> {
            if (kinds.contains(u.get("kind").asText()) || ids.contains(u.get("id").asText())) {
                reportingUnits.put(u.get("id").asText(), u.get("shortName").asText());
            }
        });
        Map<String, String> reporters = new LinkedHashMap<>();
        units.get("collectives").forEach(c -> {
            List<String> members = new ArrayList<>();
            c.get("kinds").forEach(k -> units.get("units").forEach(u -> {
                if (u.get("kind").asText().equals(k.asText())) {
                    members.add(u.get("id").asText());
                }
            }));
            c.get("units").forEach(u -> members.add(u.asText()));
            if (reportingUnits.keySet().containsAll(members)) {
                reporters.put(c.get("id").asText(), c.get("name").asText());
            }
        });
        reporters.putAll(reportingUnits);
        assertThat(reporters).containsKeys("ubnd-cap-xa", "cac-so-nganh-tinh", "mttq-va-to-chuc-ctxh", "xa-tan-hong",
                "nhcsxh-tinh").doesNotContainKeys("ubnd-tinh", "nhnn-viet-nam", "nhnn-kv13");
        Map<String, String> authorities = new LinkedHashMap<>();
        authorities.put(plan.get("reportingRegime").get("recipientUnit").asText(), null);
        plan.get("reportingRegime").get("consolidatedTo").forEach(r -> authorities.put(r.asText(), null));
        authorities.replaceAll((id, none) -> unitChoices.get(id));
        assertThat(authorities).containsOnlyKeys("nhcsxh-tinh", "ubnd-tinh", "nhnn-viet-nam");
        return Map.of("don-vi", unitChoices, "don-vi-va-nhom", withCollectives, "hang-muc-ke-hoach", items,
                "nhom-nhiem-vu", groups, "don-vi-bao-cao", reporters, "co-quan-yeu-cau", authorities);
    }

    private static int indexOf(List<FormOption> options, String label) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no option " + label);
    }

    private static List<JsonNode> components(JsonNode node) {
        List<JsonNode> all = new ArrayList<>();
        node.path("components").forEach(c -> {
            all.add(c);
            all.addAll(components(c));
        });
        return all;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = FormTemplatesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return YAML.readTree(in);
        }
    }
}
