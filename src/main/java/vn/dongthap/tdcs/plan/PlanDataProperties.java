package vn.dongthap.tdcs.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/** Where the plan register's data files are read from (classpath: or file: locations). */
@ConfigurationProperties("app.plan")
public record PlanDataProperties(Resource unitsFile, Resource planFile) {
}
