package vn.dongthap.tdcs.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No unit or collective id of don-vi.yaml is typed into forms/: not as a value, a label, a text, nor inside a
 * conditional or other expression. Forms get units only from the data (see FormTemplates).
 */
class NoUnitIdInFormsTest {

    @Test
    void noFormNamesAUnitOrCollectiveById() throws IOException {
        List<String> ids = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("data/don-vi.yaml")) {
            JsonNode units = new ObjectMapper(new YAMLFactory()).readTree(in);
            units.get("units").forEach(u -> ids.add(u.get("id").asText()));
            units.get("collectives").forEach(c -> ids.add(c.get("id").asText()));
        }
        assertThat(ids).hasSizeGreaterThan(100).contains("xa-tan-hong", "ubnd-cap-xa");
        // An id as a whole word: "ubnd-tinh" in "=unit = \"ubnd-tinh\"", not inside "ubnd-tinh-xu-ly".
        List<Pattern> patterns = ids.stream().map(id -> Pattern.compile("(?<![a-z0-9-])" + Pattern.quote(id) + "(?![a-z0-9-])")).toList();

        File[] forms = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
        assertThat(forms).hasSizeGreaterThanOrEqualTo(14);
        List<String> found = new ArrayList<>();
        for (File form : forms) {
            scan(form.getName(), "", new ObjectMapper().readTree(form), patterns, found);
        }
        assertThat(found).as("unit ids typed into forms/").isEmpty();
    }

    private static void scan(String form, String path, JsonNode node, List<Pattern> patterns, List<String> found) {
        if (node.isTextual()) {
            for (Pattern id : patterns) {
                if (id.matcher(node.asText()).find()) {
                    found.add(form + " " + path + ": " + node.asText());
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(form, path + "[" + i + "]", node.get(i), patterns, found);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                scan(form, path + "." + field.getKey(), field.getValue(), patterns, found);
            }
        }
    }
}
