package vn.dongthap.tdcs.platform.cluster;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.Databases;

/**
 * Work that every node may start at the same moment (a nightly schedule) but that must not run side by side: a
 * PostgreSQL transaction-level advisory lock, taken inside the caller's transaction and released when it ends. The
 * second node waits, then sees the first node's committed result. The embedded H2 database is one node only: no lock.
 */
@Component
public class TransactionLock {

    /** First half of the two-key form, which PostgreSQL keeps apart from the one-key form of {@link StartupLock}. */
    private static final int NAMESPACE = 752;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    TransactionLock(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** Waits until no other transaction holds the lock {@code name}; must be called inside a transaction. */
    public void acquire(String name) {
        if (postgres) {
            jdbc.query("select pg_advisory_xact_lock(?, ?)", rows -> null, NAMESPACE, name.hashCode());
        }
    }
}
