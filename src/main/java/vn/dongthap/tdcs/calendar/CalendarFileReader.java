package vn.dongthap.tdcs.calendar;

import java.util.List;
import org.springframework.core.io.Resource;
import vn.dongthap.tdcs.platform.StrictYamlReader;

/** Reads the calendar file strictly (see StrictYamlReader); problems become a CalendarDataException. */
final class CalendarFileReader {

    private CalendarFileReader() {
    }

    static CalendarFile read(Resource resource) {
        try {
            return StrictYamlReader.read(resource, CalendarFile.class);
        } catch (StrictYamlReader.DataFileException e) {
            throw new CalendarDataException(List.of(e.getMessage()));
        }
    }

    static String describe(Resource resource) {
        return StrictYamlReader.describe(resource);
    }
}
