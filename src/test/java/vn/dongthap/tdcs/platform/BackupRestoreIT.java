package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * docker/backup.sh and docker/restore.sh on PostgreSQL: a database with an open round (reports submitted, one waiting
 * for its leader) is backed up while the application runs, restored into a new database, and the application started
 * on the copy finds the same round, tasks and submissions, and goes on working. The applications run in JVMs of their
 * own (profile demo on PostgreSQL); databases {@code <test database>_backup_source} and {@code _backup_restored}.
 */
class BackupRestoreIT {

    private static final String PASSWORD = "Backup-752";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final List<ApplicationProcess> started = new ArrayList<>();

    @AfterEach
    void stopApplications() {
        started.forEach(ApplicationProcess::close);
    }

    @Test
    void aRestoredBackupHoldsTheSameRoundTasksAndSubmissionsAndWorks() throws Exception {
        SiblingDatabase source = SiblingDatabase.recreate("backup_source");
        ApplicationProcess original = launch("backup-source", source);
        UnitReportsOverHttp reports = new UnitReportsOverHttp(original.baseUrl(), PASSWORD);
        String round = reports.openAnnualRound(LocalDate.now(VIETNAM).getYear());
        List<String> units = reports.awaitUnitReports(round, Duration.ofSeconds(240));
        reports.submitDraft(round, units.get(0));
        reports.approve(round, units.get(0));
        reports.submitDraft(round, units.get(1));
        reports.approve(round, units.get(1));
        reports.submitDraft(round, units.get(2)); // waits for its leader
        JsonNode before = reports.round(round);
        Map<String, Long> rowsBefore = rowCounts(source);

        Path backup = ApplicationProcess.emptyDirectory("backup").resolve("kehoach.dump");
        String backupOutput = script(source, "docker/backup.sh", backup.toString());
        assertThat(backup).exists();
        assertThat(backup.resolveSibling("kehoach.dump.sha256")).exists();
        assertThat(backupOutput).contains("Đã sao lưu");
        original.stop();

        SiblingDatabase restored = SiblingDatabase.absent("backup_restored");
        String restoreOutput = script(source, "docker/restore.sh", backup.toString(), restored.name());
        assertThat(restoreOutput).contains("Đã phục hồi");
        assertThat(rowCounts(restored)).as("rows of every table, engine's and application's").isEqualTo(rowsBefore);
        assertThat(script(source, "docker/restore.sh", backup.toString(), restored.name()))
                .as("never over an existing database").contains("đã có");

        ApplicationProcess copy = launch("backup-restored", restored);
        UnitReportsOverHttp onCopy = new UnitReportsOverHttp(copy.baseUrl(), PASSWORD);
        JsonNode after = onCopy.round(round);
        assertThat(after.path("units")).isEqualTo(before.path("units"));
        assertThat(onCopy.openReportTasks(round, units)).isEqualTo(units.size() - 2);
        // the restored system goes on: the leader approves the report that waited, another unit submits
        onCopy.approve(round, units.get(2));
        onCopy.submitDraft(round, units.get(3));
        onCopy.approve(round, units.get(3));
        assertThat(count(restored, "select count(*) from kehoach.submission s join kehoach.report_round r on r.id = s.round_id"
                + " where r.round_key = '" + round + "'")).isEqualTo(4);
    }

    private ApplicationProcess launch(String name, SiblingDatabase db) {
        List<String> arguments = List.of("--spring.profiles.active=demo",
                "--app.demo.password=" + PASSWORD, "--camunda.bpm.admin-user.password=" + PASSWORD,
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.flyway.schemas=kehoach", "--spring.flyway.default-schema=kehoach");
        ApplicationProcess process = ApplicationProcess.start(name, ApplicationProcess.FAST_START, arguments,
                Map.of("SPRING_DATASOURCE_PASSWORD", db.password()));
        started.add(process);
        return process.awaitReady();
    }

    /** Runs a script of docker/ with the source database's connection; returns what it printed (exit code ignored). */
    private static String script(SiblingDatabase connection, String script, String... arguments) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toFile());
        builder.environment().putAll(connection.libpqEnvironment());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(script + " finished").isTrue();
        return output;
    }

    /** Rows of every table of the engine (public) and of the application (kehoach). */
    private static Map<String, Long> rowCounts(SiblingDatabase db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_schema || '.' || table_name from information_schema.tables"
                    + " where table_schema in ('public', 'kehoach') and table_type = 'BASE TABLE'"
                    // the engine's usage meters are flushed on a timer of their own, not part of the state
                    + " and table_name not in ('act_ru_meter_log', 'act_ru_task_meter_log')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        assertThat(counts).containsKeys("public.act_ru_task", "kehoach.submission", "kehoach.report_attachment");
        return counts;
    }

    private static long count(SiblingDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
