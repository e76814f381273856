package vn.dongthap.tdcs.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * @param file          the working calendar data file (classpath: or file: location); defaults to the
 *                      bundled classpath:data/lich-lam-viec.yaml so no application.yaml entry is required
 * @param requiredYears the years deadlines are computed for, "2026-2030" (the plan's period): a year among them
 *                      without a section in the file is warned about at startup and on the dashboard
 */
@ConfigurationProperties("app.calendar")
public record CalendarProperties(Resource file, String requiredYears) {

    static final String DEFAULT_FILE = "data/lich-lam-viec.yaml";

    public CalendarProperties {
        if (file == null) {
            file = new ClassPathResource(DEFAULT_FILE);
        }
    }

    /** First and last required year; none when unset. */
    int[] requiredRange() {
        if (requiredYears == null || requiredYears.isBlank()) {
            return new int[0];
        }
        String[] bounds = requiredYears.strip().split("\\s*-\\s*");
        int first = Integer.parseInt(bounds[0]);
        return new int[] {first, bounds.length > 1 ? Integer.parseInt(bounds[1]) : first};
    }
}
