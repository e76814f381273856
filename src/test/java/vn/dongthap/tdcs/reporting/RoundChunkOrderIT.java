package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * The chunks of a round's opening and closing jobs: every unit in exactly one chunk, in the order the round was made
 * with, and the same chunks after the register is reloaded in another order while the round opens.
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
