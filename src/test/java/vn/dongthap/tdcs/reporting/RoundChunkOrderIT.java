package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * The chunks of a round's opening and closing jobs: every unit in exactly one chunk, in the order the round was made
 * with, and the same chunks after the register is reloaded in another order or the node restarted with another
 * chunk size while the round opens.
 */
@PostgresIntegrationTest
class RoundChunkOrderIT {

    private static final List<String> UNITS = List.of("phuong-my-tho", "xa-tan-hong", "so-tai-chinh", "xa-an-long",
            "so-y-te");

    @Autowired
    RoundOpening opening;
    @Autowired
    RoundSteps steps;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    AppClock clock;
    @Autowired
    ReportRounds rounds;
    @Autowired
    RoundContext context;

    private ReportRound round;
    private Integer firstSortOrder;

    @AfterEach
    void cleanUp() {
        if (firstSortOrder != null) {
            swapSortOrder(UNITS.get(0), UNITS.get(UNITS.size() - 1));
        }
        if (round != null) {
            reporting.purgeRound(round.key());
        }
    }

    @Test
    void chunksKeepTheRoundsOwnOrderWhateverTheRegisterDoes() {
        round = opening.openRequest(RoundKind.DOT_XUAT, "Kiểm thử phần việc", null, UNITS, clock.today().plusDays(30),
                null, "tonghop");
        List<List<String>> chunks = chunks(round, 2);
        assertThat(chunks).containsExactly(UNITS.subList(0, 2), UNITS.subList(2, 4), UNITS.subList(4, 5));

        // the register reloaded with the first and last unit in each other's place
        firstSortOrder = swapSortOrder(UNITS.get(0), UNITS.get(UNITS.size() - 1));
        assertThat(chunks(round, 2)).isEqualTo(chunks);
        assertThat(steps.chunk(round.id(), 3, 2)).as("past the last chunk").isEmpty();
    }

    @Test
    void anOpeningBegunWithBiggerChunksFinishesEveryUnitAfterARestartWithSmallerOnes() {
        round = opening.openRequest(RoundKind.DOT_XUAT, "Kiểm thử phần việc", null, UNITS, clock.today().plusDays(30),
                null, "tonghop");
        // made with 40 units per job: one chunk; the node restarted with 2 units per job before the chunk ran
        RoundChunks afterRestart = new RoundChunks(rounds, steps, context, new RoundChunkProperties(2, 100));
        assertThat(afterRestart.units(round, chunkExecution(round, 0, 1)))
                .extracting(RoundSteps.ChunkUnit::unitId).containsExactlyElementsOf(UNITS);
        // and the other way round: made with 2 per job (3 chunks), restarted with 40
        RoundChunks biggerAfterRestart = new RoundChunks(rounds, steps, context, new RoundChunkProperties(40, 100));
        assertThat(IntStream.range(0, 3).boxed()
                .flatMap(i -> biggerAfterRestart.units(round, chunkExecution(round, i, 3)).stream())
                .map(RoundSteps.ChunkUnit::unitId)).containsExactlyElementsOf(UNITS);
        // made with 4 per job (2 chunks); the second chunk ran, then the node restarted with 3 per job (still 2)
        RoundChunks madeWithFour = new RoundChunks(rounds, steps, context, new RoundChunkProperties(4, 100));
        RoundChunks restartedWithThree = new RoundChunks(rounds, steps, context, new RoundChunkProperties(3, 100));
        assertThat(java.util.stream.Stream.concat(madeWithFour.units(round, chunkExecution(round, 1, 2)).stream(),
                        restartedWithThree.units(round, chunkExecution(round, 0, 2)).stream())
                .map(RoundSteps.ChunkUnit::unitId)).containsExactlyInAnyOrderElementsOf(UNITS);
    }

    /** The chunk's multi-instance execution as the engine hands it to the job: its loop counter and chunk count. */
    private static DelegateExecution chunkExecution(ReportRound round, int index, int chunks) {
        return (DelegateExecution) Proxy.newProxyInstance(RoundChunkOrderIT.class.getClassLoader(),
                new Class<?>[] {DelegateExecution.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProcessBusinessKey" -> round.key();
                    case "getVariable" -> RoundChunks.LOOP_COUNTER.equals(args[0]) ? (Object) index : (Object) chunks;
                    case "toString" -> "chunk " + index + " of " + round.key();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private List<List<String>> chunks(ReportRound round, int size) {
        List<List<String>> chunks = new ArrayList<>();
        IntStream.range(0, (UNITS.size() + size - 1) / size).forEach(i -> chunks.add(
                steps.chunk(round.id(), i, size).stream().map(RoundSteps.ChunkUnit::unitId).toList()));
        return chunks;
    }

    private Integer swapSortOrder(String a, String b) {
        Integer orderA = sortOrder(a);
        Integer orderB = sortOrder(b);
        jdbc.sql("update kehoach.org_unit set sort_order = ? where id = ?").params(orderB, a).update();
        jdbc.sql("update kehoach.org_unit set sort_order = ? where id = ?").params(orderA, b).update();
        return orderA;
    }

    private Integer sortOrder(String unitId) {
        return jdbc.sql("select sort_order from kehoach.org_unit where id = ?").param(unitId).query(Integer.class).single();
    }
}
