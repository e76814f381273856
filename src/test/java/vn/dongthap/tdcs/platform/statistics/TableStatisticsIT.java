package vn.dongthap.tdcs.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * The application refreshes PostgreSQL's statistics after a round's bulk steps: only the tables past autovacuum's
 * threshold, vacuumed when their dead rows are, once per burst of chunks, never for a rolled-back one; and the opening
 * and closing chunks ask for it.
 */
@PostgresIntegrationTest
class TableStatisticsIT {

    private static final String SCHEMA = "kh_stats_probe";

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TableStatistics applicationStatistics;
    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    FormService formService;
    @Autowired
    TaskService taskService;

    private JdbcTemplate jdbc;
    private TableStatistics statistics;
    private String roundKey;

    @BeforeEach
    void probeTables() {
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        jdbc.execute("create schema " + SCHEMA);
        for (String table : List.of("filled", "churned", "small")) {
            jdbc.execute("create table " + SCHEMA + "." + table + " (id int)");
        }
        statistics = new TableStatistics(dataSource,
                new TableStatisticsProperties(true, 500, 0.1, Duration.ofMillis(300)));
    }

    @AfterEach
    void dropProbe() {
        statistics.destroy();
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        if (roundKey != null) {
            reporting.purgeRound(roundKey);
        }
    }

    @Test
    void analysesTablesPastTheThresholdAndVacuumsThoseFullOfDeadRows() {
        jdbc.execute("insert into " + SCHEMA + ".filled select generate_series(1, 2000)");
        jdbc.execute("insert into " + SCHEMA + ".churned select generate_series(1, 2000)");
        jdbc.execute("delete from " + SCHEMA + ".churned");
        jdbc.execute("insert into " + SCHEMA + ".small select generate_series(1, 20)");
        awaitCounters("filled", 2000);
        awaitCounters("churned", 4000);

        statistics.refreshNow();

        assertThat(analysed("filled")).as("2 000 new rows: analysed").isTrue();
        assertThat(vacuumed("filled")).as("no dead row: not vacuumed").isFalse();
        assertThat(vacuumed("churned")).as("2 000 dead rows: vacuumed").isTrue();
        assertThat(analysed("churned")).isTrue();
        assertThat(analysed("small")).as("20 rows, under the threshold of 500").isFalse();
        assertThat(vacuumed("small")).isFalse();
    }

    @Test
    void chunksCommittingTogetherShareOnePassAndARolledBackOneCausesNone() {
        jdbc.execute("insert into " + SCHEMA + ".filled select generate_series(1, 2000)");
        awaitCounters("filled", 2000);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            statistics.refreshAfterCommit();
            status.setRollbackOnly();
        });
        sleep(Duration.ofMillis(900));
        // (the application's own refresh may analyse the probe meanwhile: only this instance's passes are counted)
        assertThat(statistics.passes()).as("rolled back: no pass").isZero();

        transaction.executeWithoutResult(status -> statistics.refreshAfterCommit());
        transaction.executeWithoutResult(status -> statistics.refreshAfterCommit());
        until(Duration.ofSeconds(10), () -> statistics.passes() == 1);
        assertThat(analysed("filled")).isTrue();
        sleep(Duration.ofMillis(900));
        assertThat(statistics.passes()).as("two commits within the delay: one pass").isEqualTo(1);
    }

    @Test
    void theRoundsOpeningAndClosingChunksAskForARefresh() {
        // a pass asked for by an earlier test's chunks runs within the delay (2 s): let it end before counting
        sleep(Duration.ofSeconds(3));
        long before = applicationStatistics.passes();
        ProcessInstance round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong", "so-y-te"),
                LocalDate.now().plusDays(30).toString());
        roundKey = round.getBusinessKey();
        until(Duration.ofSeconds(20), () -> applicationStatistics.passes() > before);

        long opened = applicationStatistics.passes();
        reporting.as(DemoUsers.CONSOLIDATOR, () -> formService.submitTaskForm(taskService.createTaskQuery()
                .processInstanceBusinessKey(roundKey).taskDefinitionKey("Task_MonitorRound").singleResult().getId(),
                reporting.closeRound(roundKey)));
        reporting.executeJobsOf(roundKey);
        until(Duration.ofSeconds(20), () -> applicationStatistics.passes() > opened);
    }

    /** PostgreSQL publishes a backend's row counts up to 10 s after its transaction (pgstat's idle flush). */
    private void awaitCounters(String table, long changedRows) {
        until(Duration.ofSeconds(30), () -> jdbc.queryForObject(
                "select n_mod_since_analyze from pg_stat_user_tables where schemaname = ? and relname = ?",
                Long.class, SCHEMA, table) >= changedRows);
    }

    private boolean analysed(String table) {
        return jdbc.queryForObject("select last_analyze is not null from pg_stat_user_tables where schemaname = ? "
                + "and relname = ?", Boolean.class, SCHEMA, table);
    }

    private boolean vacuumed(String table) {
        return jdbc.queryForObject("select last_vacuum is not null from pg_stat_user_tables where schemaname = ? "
                + "and relname = ?", Boolean.class, SCHEMA, table);
    }

    private static void until(Duration timeout, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached within " + timeout).isLessThan(deadline);
            sleep(Duration.ofMillis(100));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
