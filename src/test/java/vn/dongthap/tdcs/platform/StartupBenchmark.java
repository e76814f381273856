package vn.dongthap.tdcs.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dongthap.tdcs.reporting.BenchmarkUnitsFile;

/**
 * Benchmark, not a test (its name keeps it out of {@code mvn verify}): how long the real application takes to
 * start on PostgreSQL with a national units register, and how much memory it holds. Command and figures: README,
 * "Benchmark: startup".
 *
 * <p>In one run, each start in a JVM of its own (demo profile pointed at PostgreSQL, so demo users are made too):
 * the baseline, a fresh database with the register's own 123 units; a fresh database with a units file of
 * {@code -Dbenchmark.units=N} reporting units (3 400 unless told; {@link BenchmarkUnitsFile} adds generated
 * communes); a restart on that database (nothing changed: the re-sync must be cheap). Each prints the time from
 * the JVM's start until the readiness probe is UP (the probe turns UP after the plan loading, identity sync and
 * demo users), the JVM's resident memory then, and the rows the sync made.
 */
class StartupBenchmark {

    private static final Logger log = LoggerFactory.getLogger(StartupBenchmark.class);
    private static final int REGISTER_UNITS = 120;
    private static final int UNITS = Integer.getInteger("benchmark.units", 3400);
    private static final String PASSWORD = "Demo@752-benchmark";
    private static final String COUNTS = """
            select (select count(*) from act_id_group) as groups,
                   (select count(*) from act_ru_authorization) as authorizations,
                   (select count(*) from act_ru_filter) as filters,
                   (select count(*) from act_id_user) as users,
                   (select count(*) from act_id_membership) as memberships,
                   (select count(*) from kehoach.org_unit) as units,
                   (select count(*) from kehoach.plan_item_unit) as item_units""";

    /** e.g. a JFR recording: -Dbenchmark.jvm-options=-XX:StartFlightRecording=filename=startup.jfr */
    private static final List<String> JVM_OPTIONS = System.getProperty("benchmark.jvm-options", "").isBlank() ? List.of()
            : List.of(System.getProperty("benchmark.jvm-options").split(" "));
    private static final Pattern STARTED = Pattern.compile("Started Application in [0-9.]+ seconds \\(process running for ([0-9.]+)\\)");
    private static int starts;

    @Test
    void startup() {
        List<String> results = new ArrayList<>();
        SiblingDatabase baseline = SiblingDatabase.recreate("startup_base");
        results.add(start("register's units, fresh database", baseline, List.of()));
        SiblingDatabase national = SiblingDatabase.recreate("startup_national");
        String unitsFile = BenchmarkUnitsFile.write(UNITS - REGISTER_UNITS);
        List<String> nationalUnits = List.of("--app.plan.units-file=" + unitsFile);
        results.add(start(UNITS + " units, fresh database", national, nationalUnits));
        results.add(start(UNITS + " units, restart (nothing changed)", national, nationalUnits));
        log.info("Startup benchmark (ready = JVM start until readiness UP):\n{}", String.join("\n", results));
    }

    private static String start(String label, SiblingDatabase db, List<String> extra) {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo",
                "--app.demo.password=" + PASSWORD, "--camunda.bpm.admin-user.password=" + PASSWORD,
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.flyway.schemas=kehoach", "--spring.flyway.default-schema=kehoach"));
        arguments.addAll(extra);
        long begin = System.nanoTime();
        try (ApplicationProcess app = ApplicationProcess.start("startup-" + db.name() + "-" + (++starts), JVM_OPTIONS, arguments,
                Map.of("SPRING_DATASOURCE_PASSWORD", db.password())).awaitReady()) {
            double ready = (System.nanoTime() - begin) / 1e9;
            double bootstrap = bootstrapSeconds(app);
            String line = String.format("  %-40s ready %6.1f s (Spring + engine bootstrap %5.1f s, then the application's"
                            + " startup work %5.1f s), CPU %6.1f s, RSS %5d MB, rows %s", label, ready, bootstrap,
                    ready - bootstrap, app.cpuSeconds(), app.residentMegabytes(), counts(db));
            log.info(line);
            app.stop();
            return line;
        }
    }

    /**
     * The baseline inside each start: "process running for" when Spring Boot reports the context started (engine
     * built, schema ready, processes deployed), before the startup runners (plan register, forms, identity, users).
     */
    private static double bootstrapSeconds(ApplicationProcess app) {
        try {
            Matcher started = STARTED.matcher(Files.readString(app.log(), StandardCharsets.UTF_8));
            return started.find() ? Double.parseDouble(started.group(1)) : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static Map<String, Long> counts(SiblingDatabase db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = db.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(COUNTS)) {
            row.next();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                counts.put(row.getMetaData().getColumnLabel(i), row.getLong(i));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return counts;
    }
}
