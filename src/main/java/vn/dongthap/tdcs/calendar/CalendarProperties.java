package vn.dongthap.tdcs.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * @param file the working calendar data file (classpath: or file: location); defaults to the
 *             bundled classpath:data/lich-lam-viec.yaml so no application.yaml entry is required
 */
@ConfigurationProperties("app.calendar")
public record CalendarProperties(Resource file) {

    static final String DEFAULT_FILE = "data/lich-lam-viec.yaml";

    public CalendarProperties {
        if (file == null) {
            file = new ClassPathResource(DEFAULT_FILE);
        }
    }
}
