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
