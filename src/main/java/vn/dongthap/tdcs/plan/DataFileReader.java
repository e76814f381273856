package vn.dongthap.tdcs.plan;

import java.util.List;
import org.springframework.core.io.Resource;
import vn.dongthap.tdcs.platform.StrictYamlReader;

/** Reads a plan register data file strictly (see StrictYamlReader); problems become a PlanDataException. */
final class DataFileReader {

    private DataFileReader() {
    }

    static <T> T read(Resource resource, Class<T> type) {
        try {
            return StrictYamlReader.read(resource, type);
        } catch (StrictYamlReader.DataFileException e) {
            throw new PlanDataException(List.of(e.getMessage()));
        }
    }

    static String describe(Resource resource) {
        return StrictYamlReader.describe(resource);
    }
}
