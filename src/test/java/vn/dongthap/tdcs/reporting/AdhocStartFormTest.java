package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ad-hoc request form lists the units to choose from as static options (a start form has no
 * process variables to load them from): they must stay exactly the units of don-vi.yaml.
 */
class AdhocStartFormTest {

    @Test
    void theUnitChoicesAreTheUnitsOfTheRegister() throws Exception {
        Map<String, String> register = new LinkedHashMap<>();
        for (JsonNode unit : read("data/don-vi.yaml", new ObjectMapper(new YAMLFactory())).get("units")) {
            register.put(unit.get("id").asText(), unit.get("shortName").asText());
        }
        Map<String, String> choices = new LinkedHashMap<>();
        for (JsonNode component : read("adhoc-report-start.form", new ObjectMapper()).get("components")) {
            if ("unitIds".equals(component.path("key").asText())) {
                component.get("values").forEach(v -> choices.put(v.get("value").asText(), v.get("label").asText()));
            }
        }
        assertThat(choices)
                .as("forms/adhoc-report-start.form must offer exactly the units of don-vi.yaml (update its unitIds values)")
                .containsExactlyEntriesOf(register);
    }

    private static JsonNode read(String resource, ObjectMapper mapper) throws Exception {
        try (InputStream in = AdhocStartFormTest.class.getClassLoader().getResourceAsStream(resource)) {
            return mapper.readTree(in);
        }
    }
}
