package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import vn.dongthap.tdcs.plan.PlanFile;
import vn.dongthap.tdcs.platform.StrictYamlReader;

/**
 * The draft form's figure fields are exactly the figures the plan file declares, each with the declared label,
 * shown only to the units asked; they are text fields that take a number as Vietnamese writes it ("1.500,5"),
 * with at most the declared decimals (form-js number fields read "1.500,5" as 1.50). Bounds are the server's
 * (FormValues.figure). The approval form names no figure.
 */
class UnitReportFormFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDraftFormHasOneFieldPerDeclaredFigure() throws IOException {
        List<PlanFile.Figure> declared = StrictYamlReader.read(
                new FileSystemResource("src/main/resources/data/ke-hoach-752.yaml"), PlanFile.class).reportingRegime().figures();
        List<JsonNode> numbers = new ArrayList<>();
        JSON.readTree(Path.of("forms/unit-report-draft.form").toFile()).path("components").forEach(c -> {
            if (c.path("key").asText().length() > 0 && c.path("validate").has("pattern")) {
                numbers.add(c);
            }
        });
        assertThat(numbers).extracting(n -> n.path("key").asText())
                .containsExactlyElementsOf(declared.stream().map(PlanFile.Figure::key).toList());
        for (PlanFile.Figure figure : declared) {
            JsonNode field = numbers.stream().filter(n -> n.path("key").asText().equals(figure.key())).findFirst().orElseThrow();
            assertThat(field.path("label").asText()).isEqualTo(figure.label() + " (" + figure.unit() + ")");
            assertThat(field.path("type").asText()).isEqualTo("textfield");
            assertThat(field.path("validate").path("required").asBoolean()).isTrue();
            Pattern pattern = Pattern.compile(field.path("validate").path("pattern").asText());
            String decimals = "1".repeat(figure.decimals());
            assertThat(List.of("1.500", "1 500", "1500", "0", "12.345.678")).allMatch(n -> pattern.matcher(n).find());
            if (figure.decimals() > 0) {
                assertThat(List.of("1.500," + decimals, "1500," + decimals, "0,5")).allMatch(n -> pattern.matcher(n).find());
            }
            assertThat(List.of("1.500," + decimals + "1", "86.5", "1,500.5", "1.50", "-5", "abc", "1.500.5"))
                    .noneMatch(n -> pattern.matcher(n).find());
            assertThat(field.path("conditional").path("hide").asText())
                    .isEqualTo("=not(list contains(" + UnitReportForm.ASKED_FIGURES + ", \"" + figure.key() + "\"))");
        }
    }

    @Test
    void theApprovalFormShowsTheServersSummaryInsteadOfOneFieldPerFigure() throws IOException {
        List<String> keys = new ArrayList<>();
        JSON.readTree(Path.of("forms/unit-report-approval.form").toFile()).path("components").forEach(c -> {
            assertThat(c.path("type").asText()).isNotEqualTo("number");
            keys.add(c.path("key").asText());
        });
        assertThat(keys).contains(UnitReportForm.FIGURE_SUMMARY);
    }
}
