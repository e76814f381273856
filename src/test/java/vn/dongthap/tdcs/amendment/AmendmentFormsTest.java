package vn.dongthap.tdcs.amendment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The unit choices of the proposal forms are static (start forms have no variables): they must match don-vi.yaml. */
class AmendmentFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {"amendment-request-start.form", "amendment-revise.form", "amendment-clarify.form"})
    void unitChoicesAreTheCollectivesAndUnitsOfTheRegister(String form) throws Exception {
        JsonNode units = read("data/don-vi.yaml", new ObjectMapper(new YAMLFactory()));
        Map<String, String> register = new LinkedHashMap<>();
        units.get("collectives").forEach(c -> register.put(c.get("id").asText(), c.get("name").asText()));
        units.get("units").forEach(u -> register.put(u.get("id").asText(), u.get("shortName").asText()));

        for (JsonNode component : read(form, new ObjectMapper()).get("components")) {
            if (List.of("newLead", "newCoop").contains(component.path("key").asText())) {
                Map<String, String> choices = new LinkedHashMap<>();
                component.get("values").forEach(v -> choices.put(v.get("value").asText(), v.get("label").asText()));
                assertThat(choices).as(form + " " + component.path("key").asText()).containsExactlyEntriesOf(register);
            }
        }
    }

    private static JsonNode read(String resource, ObjectMapper mapper) throws Exception {
        try (InputStream in = AmendmentFormsTest.class.getClassLoader().getResourceAsStream(resource)) {
            return mapper.readTree(in);
        }
    }
}
