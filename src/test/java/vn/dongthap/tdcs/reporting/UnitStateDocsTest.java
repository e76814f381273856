package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guides' table of states lists exactly the model's labels, in its order. */
class UnitStateDocsTest {

    @ParameterizedTest
    @ValueSource(strings = {"docs/huong-dan-bao-cao.md", "docs/huong-dan-quan-ly.md"})
    void theGuidesTableListsExactlyTheModelsLabels(String guide) throws IOException {
        assertThat(statesTable(Path.of(guide))).containsExactlyElementsOf(UnitState.all().stream().map(UnitState::label).toList());
    }

    /** First column of the table whose header is "| tình trạng | ý nghĩa |". */
    private static List<String> statesTable(Path guide) throws IOException {
        List<String> labels = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(guide)) {
            if (line.startsWith("| tình trạng | ý nghĩa |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|---")) {
                continue;
            } else if (inTable && line.startsWith("|")) {
                labels.add(line.substring(1, line.indexOf('|', 1)).trim());
            } else if (inTable) {
                break;
            }
        }
        return labels;
    }
}
