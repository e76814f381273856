package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dongthap.tdcs.platform.RoundOpeningState.monitoringTasks;
import static vn.dongthap.tdcs.platform.RoundOpeningState.opened;
import static vn.dongthap.tdcs.platform.RoundOpeningState.reportInstancesPerUnit;
import static vn.dongthap.tdcs.platform.RoundOpeningState.units;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A round whose opening is killed half-way (SIGKILL of the application's JVM while the chunk jobs run) ends, after
 * a restart on the same PostgreSQL database, with every unit's report started exactly once. The application runs
 * in a JVM of its own (profile demo, a database of its own: {@code <test database>_opening_crash}); small chunks and
 * one job thread make the opening last long enough to be killed in the middle, a short lock time lets the
 * restarted node take over the killed node's locked job soon. Logs: target/crash-durability/opening-*.log.
 */
class RoundOpeningCrashIT {

    private static final Logger log = LoggerFactory.getLogger(RoundOpeningCrashIT.class);
    private static final String PASSWORD = "Crash-752";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int KILL_AFTER_UNITS = 12;

    private final List<ApplicationProcess> started = new ArrayList<>();

    @AfterEach
    void killWhatIsStillRunning() {
        started.forEach(ApplicationProcess::close);
    }

    @Test
    void aRestartAfterAKillHalfWayThroughTheOpeningStartsEveryUnitExactlyOnce() throws Exception {
        SiblingDatabase db = SiblingDatabase.recreate("opening_crash");
        List<String> arguments = List.of("--spring.profiles.active=demo",
                "--app.demo.password=" + PASSWORD, "--camunda.bpm.admin-user.password=" + PASSWORD,
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.flyway.schemas=kehoach", "--spring.flyway.default-schema=kehoach",
                "--app.reporting.chunks.units-per-job=3",
                "--camunda.bpm.job-execution.core-pool-size=1", "--camunda.bpm.job-execution.max-pool-size=1",
                "--camunda.bpm.job-execution.queue-capacity=1", "--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=200");
        Map<String, String> environment = Map.of("SPRING_DATASOURCE_PASSWORD", db.password());

        ApplicationProcess first = launch("opening-1", arguments, environment);
        String roundKey = new UnitReportsOverHttp(first.baseUrl(), PASSWORD)
                .openAnnualRound(LocalDate.now(VIETNAM).getYear());
        int total = units(db, roundKey);
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (opened(db, roundKey) < KILL_AFTER_UNITS) {
            assertThat(System.nanoTime()).as("the opening reached %d units within 180 s", KILL_AFTER_UNITS).isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(first.kill()).as("exit code of a JVM killed by SIGKILL").isEqualTo(128 + 9);
        int openedAtKill = opened(db, roundKey);
        log.info("{}: SIGKILL with {} of {} unit reports started", roundKey, openedAtKill, total);
        assertThat(openedAtKill).as("units opened when the JVM was killed (the kill must fall in the middle)")
                .isLessThan(total);

        launch("opening-2", arguments, environment);
        deadline = System.nanoTime() + 300_000_000_000L;
        while (opened(db, roundKey) < total || monitoringTasks(db, roundKey) == 0) {
            assertThat(System.nanoTime()).as("the restarted node finished the opening within 300 s").isLessThan(deadline);
            Thread.sleep(250);
        }

        Map<String, Integer> instancesPerUnit = reportInstancesPerUnit(db, roundKey);
        Map<String, Integer> expected = new TreeMap<>();
        instancesPerUnit.keySet().forEach(unit -> expected.put(unit, 1));
        assertThat(instancesPerUnit).as("unit-report instances per unit after SIGKILL and restart").hasSize(total)
                .isEqualTo(expected);
        assertThat(db.count("select count(*) from kehoach.round_unit ru join kehoach.report_round r on r.id = ru.round_id"
                + " left join act_ru_execution e on e.id_ = ru.process_instance_id"
                + " where r.round_key = ? and e.id_ is null", roundKey))
                .as("units whose recorded report instance does not exist").isZero();
        assertThat(monitoringTasks(db, roundKey)).as("the consolidator's monitoring task, once").isEqualTo(1);
    }

    private ApplicationProcess launch(String name, List<String> arguments, Map<String, String> environment) {
        ApplicationProcess process = ApplicationProcess.start(name, ApplicationProcess.FAST_START, arguments, environment);
        started.add(process);
        return process.awaitReady();
    }
}
