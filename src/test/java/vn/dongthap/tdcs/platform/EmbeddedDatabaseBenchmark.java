package vn.dongthap.tdcs.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of the default run): officers' and leaders' completions per
 * second on the embedded default (H2 file), with H2's default write delay (a commit reaches the file up to
 * 500 ms later) and with WRITE_DELAY=0 (application-demo.yaml), in one run, over HTTP as in Tasklist.
 *
 * <pre>mvn -B test-compile surefire:test@default-test -Dskip.lint=true -Dtest=EmbeddedDatabaseBenchmark
 *     -Dbenchmark.clients=4 -Dbenchmark.repeats=2</pre>
 *
 * Each variant: a fresh data directory, the application in its own JVM (default JIT), the year's round
 * opened (120 unit reports), {@value #WARM_UP} units completed untimed, then the remaining units by
 * {@code benchmark.clients} parallel clients (officer's draft and leader's approval each: two
 * completions per unit). Prints one line per variant and run, with the CPU time the application used per
 * completion (less sensitive to a busy machine than the rate). The second test times bare commits on an
 * H2 file with both settings. Nothing is asserted about time.
 */
class EmbeddedDatabaseBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);
    private static final int REPEATS = Integer.getInteger("benchmark.repeats", 1);
    private static final int WARM_UP = 10;
    private static final String PASSWORD = "Bench-752";
    /** The URL before WRITE_DELAY=0, i.e. H2's default write delay of 500 ms. */
    private static final String DELAYED_URL = "jdbc:h2:file:%s/ke-hoach-752;DB_CLOSE_ON_EXIT=FALSE";

    @Test
    void completionsPerSecondWithAndWithoutWriteDelay() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int run = 1; run <= REPEATS; run++) {
            // alternate the order, so that a machine getting busier or quieter favours neither
            boolean delayedFirst = run % 2 == 1;
            for (boolean delayed : delayedFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                lines.add(delayed ? measure("H2 WRITE_DELAY 500 ms (former default)", run, true)
                        : measure("H2 WRITE_DELAY=0 (application-demo.yaml)", run, false));
            }
        }
        System.out.println("=== Embedded database benchmark: " + CLIENTS + " clients ===");
        lines.forEach(System.out::println);
    }

    @Test
    void commitsPerSecondOnAnH2File() throws Exception {
        int commits = Integer.getInteger("benchmark.commits", 3000);
        List<String> lines = new ArrayList<>();
        for (String writeDelay : List.of("", ";WRITE_DELAY=0", "", ";WRITE_DELAY=0")) {
            Path dir = ApplicationProcess.emptyDirectory("benchmark-commits");
            String url = "jdbc:h2:file:" + dir.resolve("commits") + ";DB_CLOSE_ON_EXIT=FALSE" + writeDelay;
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                connection.createStatement().execute("create table t (id int primary key, text varchar(200))");
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("insert into t values (?, ?)")) {
                    long start = System.nanoTime();
                    for (int i = 0; i < commits; i++) {
                        insert.setInt(1, i);
                        insert.setString(2, "Đã triển khai nhiệm vụ " + i);
                        insert.executeUpdate();
                        connection.commit();
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    lines.add(String.format("%-16s %d single-row commits in %.2f s = %.0f commits/s",
                            writeDelay.isEmpty() ? "default (500 ms)" : "WRITE_DELAY=0", commits, seconds, commits / seconds));
                }
            }
        }
        System.out.println("=== H2 file, one connection ===");
        lines.forEach(System.out::println);
    }

    private String measure(String variant, int run, boolean delayed) throws Exception {
        Path dataDir = ApplicationProcess.emptyDirectory("benchmark-data");
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo", "--app.data-dir=" + dataDir,
                "--app.demo.password=" + PASSWORD, "--camunda.bpm.admin-user.password=" + PASSWORD));
        if (delayed) {
            arguments.add("--spring.datasource.url=" + String.format(DELAYED_URL, dataDir));
        }
        String name = "benchmark-" + (delayed ? "delayed" : "immediate") + "-" + run;
        try (ApplicationProcess app = ApplicationProcess.start(name, List.of(), arguments, Map.of()).awaitReady()) {
            UnitReportsOverHttp reports = new UnitReportsOverHttp(app.baseUrl(), PASSWORD);
            String roundKey = reports.openAnnualRound(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
            List<String> units = reports.awaitUnitReports(roundKey, Duration.ofSeconds(300));
            for (String unit : units.subList(0, WARM_UP)) {
                reports.submitDraft(roundKey, unit);
                reports.approve(roundKey, unit);
            }
            List<String> timed = units.subList(WARM_UP, units.size());
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            double cpuBefore = app.cpuSeconds();
            long start = System.nanoTime();
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    List<String> share = new ArrayList<>();
                    for (int i = client; i < timed.size(); i += CLIENTS) {
                        share.add(timed.get(i));
                    }
                    work.add(clients.submit(() -> share.forEach(unit -> {
                        reports.submitDraft(roundKey, unit);
                        reports.approve(roundKey, unit);
                    })));
                }
                for (Future<?> future : work) {
                    future.get();
                }
            } finally {
                clients.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = app.cpuSeconds() - cpuBefore;
            int completions = 2 * timed.size();
            app.stop();
            return String.format("%-42s run %d: %d completions in %.1f s = %.1f completions/s; application CPU %.0f ms"
                    + " per completion", variant, run, completions, seconds, completions / seconds, 1000 * cpu / completions);
        }
    }

}
