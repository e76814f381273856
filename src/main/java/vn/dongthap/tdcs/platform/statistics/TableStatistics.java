package vn.dongthap.tdcs.platform.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dongthap.tdcs.platform.Databases;

/**
 * Refreshes PostgreSQL's planner statistics right after the bulk steps of a round: an opening fills the engine's
 * runtime tables with thousands of rows in seconds, a closing empties them. Autovacuum sees that only at its next
 * nap (a minute by default, never where it is switched off), while officers start working at once: planned with the
 * statistics of empty tables, completions ran at 99–114 a second in the benchmark, 173–178 with this refresh
 * (README, "Benchmark: round structure"). After a chunk commits, one background thread analyses the tables whose
 * changes pass autovacuum's threshold and vacuums those whose dead rows do; chunks committing within
 * {@code app.database.statistics.delay} share one pass. Nothing here is needed for correctness: a refresh that fails
 * or never runs (crash, H2) only leaves the statistics to autovacuum.
 */
@Component
public class TableStatistics implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);

    /** Tables past the threshold, by autovacuum's own counters (rows changed since the last analysis, dead rows). */
    private static final String DUE = """
            select schemaname, relname, n_dead_tup >= threshold as vacuum_due
            from (select schemaname, relname, n_mod_since_analyze, n_dead_tup, ? + ? * n_live_tup as threshold
                  from pg_stat_user_tables) tables
            where n_mod_since_analyze >= threshold or n_dead_tup >= threshold
            order by schemaname, relname""";

    private final JdbcTemplate jdbc;
    private final TableStatisticsProperties properties;
    private final boolean active;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong passes = new AtomicLong();

    public TableStatistics(DataSource dataSource, TableStatisticsProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
        this.active = properties.enabled() && Databases.isPostgres(dataSource);
        this.executor = active ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "table-statistics");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /**
     * A bulk step's transaction has changed many rows: once it commits (at once, outside a transaction), a refresh
     * runs after the configured delay unless one is already waiting.
     */
    public void refreshAfterCommit() {
        if (!active) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    schedule();
                }
            });
        } else {
            schedule();
        }
    }

    private void schedule() {
        if (pending.compareAndSet(false, true)) {
            executor.schedule(() -> {
                pending.set(false);
                refreshNow();
            }, properties.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** One pass, in the caller's thread, outside any transaction (VACUUM refuses to run inside one). */
    void refreshNow() {
        try {
            List<String> statements = new ArrayList<>();
            jdbc.query(DUE, rs -> {
                String table = quote(rs.getString("schemaname")) + "." + quote(rs.getString("relname"));
                statements.add(rs.getBoolean("vacuum_due") ? "vacuum (analyze) " + table : "analyze " + table);
            }, properties.minChangedRows(), properties.changedFraction());
            for (String statement : statements) {
                // A table this user does not own is skipped by PostgreSQL with a warning, not an error.
                jdbc.execute(statement);
            }
            passes.incrementAndGet();
            log.debug("Đã cập nhật thống kê bảng: {}", statements);
        } catch (RuntimeException e) {
            log.warn("Không cập nhật được thống kê bảng của PostgreSQL (autovacuum sẽ làm sau): {}", e.getMessage());
        }
    }

    /** Passes completed since startup (tests, diagnostics). */
    long passes() {
        return passes.get();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public void destroy() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
