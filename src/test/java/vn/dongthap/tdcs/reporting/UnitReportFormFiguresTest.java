package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import vn.dongthap.tdcs.plan.PlanFile;
import vn.dongthap.tdcs.platform.StrictYamlReader;

/**
 * The draft form's number fields are exactly the figures the plan file declares, each with the declared
 * label, decimals and bounds, shown only to the units asked; the approval form names no figure.
 */
class UnitReportFormFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDraftFormHasOneFieldPerDeclaredFigure() throws IOException {
        List<PlanFile.Figure> declared = StrictYamlReader.read(
                new FileSystemResource("src/main/resources/data/ke-hoach-752.yaml"), PlanFile.class).reportingRegime().figures();
        List<JsonNode> numbers = new ArrayList<>();
        JSON.readTree(Path.of("forms/unit-report-draft.form").toFile()).path("components").forEach(c -> {
            if ("number".equals(c.path("type").asText())) {
                numbers.add(c);
            }
        });
        assertThat(numbers).extracting(n -> n.path("key").asText())
                .containsExactlyElementsOf(declared.stream().map(PlanFile.Figure::key).toList());
        for (PlanFile.Figure figure : declared) {
            JsonNode field = numbers.stream().filter(n -> n.path("key").asText().equals(figure.key())).findFirst().orElseThrow();
            assertThat(field.path("label").asText()).isEqualTo(figure.label() + " (" + figure.unit() + ")");
            assertThat(field.path("decimalDigits").asInt(0)).isEqualTo(figure.decimals());
            assertThat(field.path("validate").path("required").asBoolean()).isTrue();
            assertThat(field.path("validate").path("min").decimalValue()).isEqualByComparingTo(figure.min());
            assertThat(field.path("validate").path("max").decimalValue()).isEqualByComparingTo(figure.max());
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
