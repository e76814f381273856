package vn.dongthap.tdcs.platform;

import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;

/** Which database the application runs on: PostgreSQL in production, the embedded H2 for trying it on one machine. */
public final class Databases {

    private Databases() {
    }

    /** True on PostgreSQL, where SQL the embedded H2 lacks (advisory locks, skip locked, on conflict) may be used. */
    public static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
            return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (Exception e) {
            return false;
        }
    }
}
