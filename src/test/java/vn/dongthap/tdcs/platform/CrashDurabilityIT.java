package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An acknowledged completion survives a killed server. The real application runs in a JVM of its own
 * (profile demo); the consolidator opens the year's round, then for {@value #UNITS} units the officer
 * completes the draft and the leader approves (each approval stores a submission in kehoach.submission in
 * the same transaction), all over /engine-rest as Tasklist would. Right after the last HTTP 204 the JVM
 * gets SIGKILL; the application restarts on the same database and every approved unit must have exactly
 * one submission, version 1, and no open draft or approval task.
 *
 * <p>Runs on the embedded default (H2 file, URL of application-demo.yaml, only app.data-dir changed) and on
 * PostgreSQL (a database of its own, {@code <test database>_crash}, dropped and created by the test). Logs
 * of the application JVMs: target/crash-durability/*.log.
 *
 * <p>To watch the H2 case fail without the durability setting, run it with the former URL:
 * {@code -Dcrash.h2-url='jdbc:h2:file:{dir}/ke-hoach-752;DB_CLOSE_ON_EXIT=FALSE'} ({dir} is the test's data
 * directory).
 */
class CrashDurabilityIT {

    private static final Logger log = LoggerFactory.getLogger(CrashDurabilityIT.class);
    private static final int UNITS = 12;
    private static final String PASSWORD = "Crash-752";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SUBMISSIONS = """
            select s.unit_id, s.version_no from kehoach.submission s
            join kehoach.report_round r on r.id = s.round_id where r.round_key = ?""";

    private static final List<ApplicationProcess> started = new CopyOnWriteArrayList<>();
    /** Not the common pool: on two cores it has one thread, and the cases would run one after the other. */
    private static final ExecutorService cases = Executors.newFixedThreadPool(2);
    private static CompletableFuture<Void> h2;
    private static CompletableFuture<Void> postgresql;

    /**
     * Both databases run side by side from the start: each case mostly waits for JVM starts, so together
     * they take little longer than one. Each test reports its own case.
     */
    @BeforeAll
    static void crashBothDatabases() {
        h2 = CompletableFuture.runAsync(CrashDurabilityIT::embeddedDefault, cases);
        postgresql = CompletableFuture.runAsync(CrashDurabilityIT::postgresql, cases);
    }

    @AfterAll
    static void killWhatIsStillRunning() {
        cases.shutdownNow();
        started.forEach(ApplicationProcess::close);
    }

    @Test
    void theEmbeddedDefaultKeepsEveryAcknowledgedApproval() throws Throwable {
        await(h2);
    }

    @Test
    void postgresqlKeepsEveryAcknowledgedApproval() throws Throwable {
        await(postgresql);
    }

    private static void embeddedDefault() {
        Path dataDir = ApplicationProcess.emptyDirectory("h2-data");
        List<String> database = new ArrayList<>(List.of("--app.data-dir=" + dataDir));
        String formerUrl = System.getProperty("crash.h2-url");
        if (formerUrl != null) {
            database.add("--spring.datasource.url=" + formerUrl.replace("{dir}", dataDir.toString()));
        }
        String url = "jdbc:h2:file:" + dataDir.resolve("ke-hoach-752") + ";ACCESS_MODE_DATA=r";
        crashAndRestart("h2", database, Map.of(), roundKey -> submissions(url, "sa", "", roundKey));
    }

    private static void postgresql() {
        SiblingDatabase db = SiblingDatabase.recreate("crash");
        List<String> database = List.of(
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.flyway.schemas=kehoach",
                "--spring.flyway.default-schema=kehoach");
        crashAndRestart("postgresql", database, Map.of("SPRING_DATASOURCE_PASSWORD", db.password()),
                roundKey -> submissions(db.url(), db.user(), db.password(), roundKey));
    }

    private static void crashAndRestart(String name, List<String> database, Map<String, String> environment,
                                        SubmissionReader submissions) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo",
                "--app.demo.password=" + PASSWORD, "--camunda.bpm.admin-user.password=" + PASSWORD));
        arguments.addAll(database);
        long start = System.nanoTime();

        ApplicationProcess first = launch(name + "-1", arguments, environment);
        log.info("{}: first start ready after {} s ({} s CPU)", name, seconds(start), format(first.cpuSeconds()));
        UnitReportsOverHttp reports = new UnitReportsOverHttp(first.baseUrl(), PASSWORD);
        String roundKey = reports.openAnnualRound(LocalDate.now(VIETNAM).getYear());
        List<String> units = reports.awaitUnitReports(roundKey, Duration.ofSeconds(180));
        assertThat(units).as("units of %s", roundKey).hasSizeGreaterThanOrEqualTo(UNITS);
        List<String> approved = new ArrayList<>();
        long completions = System.nanoTime();
        for (String unit : units.subList(0, UNITS)) {
            reports.submitDraft(roundKey, unit);
            reports.approve(roundKey, unit); // HTTP 204: acknowledged
            approved.add(unit);
        }
        double cpu = first.cpuSeconds();
        int exitCode = first.kill();
        log.info("{}: {} completions in {} s, then SIGKILL ({} s CPU used by that JVM)", name, 2 * UNITS,
                seconds(completions), format(cpu));
        assertThat(exitCode).as("exit code of a JVM killed by SIGKILL").isEqualTo(128 + 9);

        ApplicationProcess second = launch(name + "-2", arguments, environment);
        log.info("{}: restarted, ready after {} s in all", name, seconds(start));
        UnitReportsOverHttp restarted = new UnitReportsOverHttp(second.baseUrl(), PASSWORD);
        Map<String, String> statuses = new TreeMap<>();
        for (JsonNode unit : restarted.round(roundKey).path("units")) {
            if (approved.contains(unit.path("unitId").asText())) {
                // Submitted on time or late (the round's deadline may lie before today): either way, submitted.
                String status = unit.path("status").asText().matches("da-nop-dung-han|nop-muon|da-gui-khong-bat-buoc") ? "submitted"
                        : unit.path("status").asText();
                statuses.put(unit.path("unitId").asText(), status + ", versions " + unit.path("versions"));
            }
        }
        Map<String, String> expectedStatuses = new TreeMap<>();
        approved.forEach(unit -> expectedStatuses.put(unit, "submitted, versions 1"));
        assertThat(statuses).as("where the approved units stand after SIGKILL and restart").isEqualTo(expectedStatuses);
        assertThat(restarted.openReportTasks(roundKey, approved)).as("open draft or approval tasks of approved units")
                .isZero();
        log.info("{}: restarted JVM used {} s CPU", name, format(second.cpuSeconds()));
        assertThat(second.stop()).as("exit code of an ordinary shutdown").isIn(0, 128 + 15);

        Map<String, List<Integer>> versions = submissions.versionsByUnit(roundKey);
        Map<String, List<Integer>> expected = new TreeMap<>();
        approved.forEach(unit -> expected.put(unit, List.of(1)));
        assertThat(versions).as("submission versions per unit in kehoach.submission after SIGKILL and restart")
                .isEqualTo(expected);
        log.info("{}: {} acknowledged approvals all present after SIGKILL; {} s in all", name, UNITS, seconds(start));
    }

    private static ApplicationProcess launch(String name, List<String> arguments, Map<String, String> environment) {
        ApplicationProcess process = ApplicationProcess.start(name, ApplicationProcess.FAST_START, arguments, environment);
        started.add(process);
        return process.awaitReady();
    }

    private static Map<String, List<Integer>> submissions(String url, String user, String password, String roundKey) {
        Map<String, List<Integer>> versions = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             var query = connection.prepareStatement(SUBMISSIONS)) {
            query.setString(1, roundKey);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.computeIfAbsent(rows.getString(1), unit -> new ArrayList<>()).add(rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("could not read the submissions from " + url, e);
        }
        versions.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return versions;
    }

    /** Rethrows what failed in the case, so that the test shows it as its own failure. */
    private static void await(CompletableFuture<Void> scenario) throws Throwable {
        try {
            scenario.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    private static String seconds(long since) {
        return format((System.nanoTime() - since) / 1e9);
    }

    private static String format(double seconds) {
        return String.format("%.1f", seconds);
    }

    @FunctionalInterface
    private interface SubmissionReader {
        Map<String, List<Integer>> versionsByUnit(String roundKey);
    }

}
