package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * A chunk job of the opening that runs twice (a second executor after the lock time ran out while the first
 * was still working, another node, a retry after a commit whose acknowledgement was lost) starts nobody twice, and a
 * closing chunk closes nobody twice: the claim in kehoach.round_unit_step, a primary key, not a check.
 */
@PostgresIntegrationTest
class RoundChunkIdempotenceIT {

    private static final List<String> UNITS = List.of("xa-tan-hong", "xa-an-long", "so-tai-chinh", "phuong-my-tho");

    @Autowired
    RoundOpening opening;
    @Autowired
    StartUnitReportsDelegate startChunk;
    @Autowired
    CloseUnitReportsDelegate closeChunk;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    AppClock clock;
    @Autowired
    RoundChunkProperties chunkProperties;
    @Autowired
    ReportRounds rounds;
    @Autowired
    vn.dongthap.tdcs.plan.PlanRegisterQueries plan;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repositoryService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    private ReportRound round;

    @AfterEach
    void purge() {
        if (round != null) {
            reporting.purgeRound(round.key());
        }
    }

    @Test
    void twoRunsOfTheSameOpeningChunkAtOnceStartEachUnitOnce() throws Exception {
        round = opening.openRequest(RoundKind.DOT_XUAT, "Kiểm thử công việc chạy hai lần", null, UNITS,
                clock.today().plusDays(30), null, "tonghop");
        DelegateExecution chunk = chunkExecution(round, 0);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch secondWaiting = new CountDownLatch(1);

        // The first run starts the chunk's units and keeps its transaction open until the second run has begun.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            startChunk.execute(chunk);
            firstStarted.countDown();
            await(secondWaiting);
            pause(1500); // the second run now waits on the first's claims
        }));
        await(firstStarted);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            secondWaiting.countDown();
            startChunk.execute(chunk);
        }));
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        assertThat(instancesPerUnit()).as("unit-report instances per unit after two concurrent runs of one chunk")
                .isEqualTo(once(UNITS));

        // A retry after the chunk committed: nobody again.
        transactions.executeWithoutResult(status -> startChunk.execute(chunk));
        assertThat(instancesPerUnit()).as("after a retry of the committed chunk").isEqualTo(once(UNITS));
        assertThat(jdbc.sql("select count(*) from kehoach.round_unit where round_id = ? and process_instance_id is null")
                .param(round.id()).query(Integer.class).single()).isZero();

        // Closing the same chunk twice: each unit report gets the close message once, the second run finds none.
        transactions.executeWithoutResult(status -> closeChunk.execute(chunk));
        transactions.executeWithoutResult(status -> closeChunk.execute(chunk));
        assertThat(instancesPerUnit()).as("open unit reports after closing").isEmpty();
        assertThat(jdbc.sql("select count(*) from kehoach.round_unit_step where round_id = ? and step = 'CLOSE'")
                .param(round.id()).query(Integer.class).single()).isEqualTo(UNITS.size());
    }

    @Test
    void aChunkThatKeepsFailingEndsInAVietnameseIncidentWhileTheOtherChunksOpenTheirUnits() {
        int perJob = chunkProperties.unitsPerJob();
        List<String> units = opening.reportingUnits(plan.versionInForce(clock.today()).orElseThrow()).subList(0, perJob + 3);
        Map<String, Object> request = new java.util.HashMap<>();
        request.put("reportKind", "dot-xuat");
        request.put("topic", "Kiểm thử một phần bị lỗi");
        request.put("unitIds", org.camunda.spin.plugin.variable.SpinValues.jsonValue(units.stream()
                .map(u -> "\"" + u + "\"").collect(Collectors.joining(",", "[", "]"))).create());
        request.put("requestedDeadline", clock.today().plusDays(30).toString());
        ProcessInstance started = reporting.as("tonghop",
                () -> runtimeService.startProcessInstanceByKey("adhoc-report-request", request));
        round = rounds.findByKey(started.getBusinessKey()).orElseThrow();
        List<org.camunda.bpm.engine.runtime.Job> chunks = chunkJobs();
        assertThat(chunks).as("one job per %d units", perJob).hasSize(2);

        // The first chunk fails (unit-report suspended while it runs) on every try (R5/PT1M) until the retries run out.
        repositoryService.suspendProcessDefinitionByKey(UnitReportModel.PROCESS_KEY);
        String failing = chunks.get(0).getId();
        int tries = 0;
        try {
            while (managementService.createJobQuery().jobId(failing).singleResult().getRetries() > 0 && tries < 10) {
                tries++;
                try {
                    managementService.executeJob(failing);
                } catch (RuntimeException expected) {
                    // the job keeps its failure; without retries left it raises an incident
                }
            }
        } finally {
            repositoryService.activateProcessDefinitionByKey(UnitReportModel.PROCESS_KEY);
        }
        assertThat(tries).as("tries of the failing chunk (failedJobRetryTimeCycle R5)").isEqualTo(5);
        managementService.executeJob(chunks.get(1).getId());

        var incident = runtimeService.createIncidentQuery().configuration(failing).singleResult();
        assertThat(incident).as("incident of the failed chunk").isNotNull();
        assertThat(incident.getIncidentMessage())
                .startsWith("Không giao báo cáo được cho phần ")
                .contains("của kỳ báo cáo " + round.key())
                .contains("Công việc được thử lại tự động");
        // two even chunks (22 and 21 units), the first one failed
        assertThat(instancesPerUnit()).as("the other chunk opened its units")
                .hasSize(units.size() - (units.size() + 1) / 2);

        // The operator retries it (Cockpit): every unit opened once, the consolidator's task appears.
        managementService.setJobRetries(failing, 1);
        managementService.executeJob(failing);
        reporting.executeJobsOf(round.key());
        assertThat(instancesPerUnit()).isEqualTo(once(units));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(round.key())
                .taskDefinitionKey("Task_MonitorRound").count()).isEqualTo(1);
    }

    private List<org.camunda.bpm.engine.runtime.Job> chunkJobs() {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(round.key()).list().stream()
                .flatMap(p -> managementService.createJobQuery().processInstanceId(p.getId())
                        .activityId("Task_StartUnitReports").list().stream())
                .sorted(java.util.Comparator.comparing(j -> (Integer) runtimeService.getVariable(j.getExecutionId(),
                        RoundChunks.LOOP_COUNTER)))
                .toList();
    }

    private Map<String, Long> instancesPerUnit() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitReportModel.PROCESS_KEY)
                .processInstanceBusinessKeyLike(round.key() + "/%").list().stream()
                .collect(Collectors.groupingBy(p -> UnitReportKey.parse(((ProcessInstance) p).getBusinessKey()).unitId(),
                        Collectors.counting()));
    }

    private static Map<String, Long> once(List<String> units) {
        return units.stream().collect(Collectors.toMap(u -> u, u -> 1L));
    }

    /**
     * What a chunk job's execution shows the delegate: the round's business key, the engine's loop counter and
     * chunk count, the engine's services. Any other call fails the test.
     */
    private DelegateExecution chunkExecution(ReportRound round, int index) {
        return (DelegateExecution) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DelegateExecution.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getProcessBusinessKey" -> round.key();
                    case "getVariable" -> RoundChunks.LOOP_COUNTER.equals(args[0]) ? (Object) index : (Object) 1;
                    case "getProcessEngineServices", "getProcessEngine" -> engine;
                    case "toString" -> "chunk " + index + " of " + round.key();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
