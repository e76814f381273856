package vn.dongthap.tdcs.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which units of a round have had their report started or closed (kehoach.round_unit_step), and the slice of
 * units each opening or closing job handles.
 */
@Repository
class RoundSteps {

    enum Step { OPEN, CLOSE }

    private final JdbcClient jdbc;

    RoundSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the step for the unit in the caller's transaction; false if another transaction has it. A concurrent
     * claim of the same unit waits on the primary key until the first commits (then false) or rolls back (then
     * true), so that the step runs exactly once however often a job is retried or duplicated.
     */
    boolean claim(long roundId, String unitId, Step step, Instant at) {
        return jdbc.sql("""
                        insert into kehoach.round_unit_step (round_id, unit_id, step, done_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(roundId, unitId, step.name(), Timestamp.from(at)).update() == 1;
    }

    int count(long roundId, Step step) {
        return jdbc.sql("select count(*) from kehoach.round_unit_step where round_id = ? and step = ?")
                .params(roundId, step.name()).query(Integer.class).single();
    }

    /** The units of chunk {@code index}: the round's units in a fixed order, {@code size} at a time. */
    List<ChunkUnit> chunk(long roundId, int index, int size) {
        return jdbc.sql("""
                        select ru.unit_id, ru.process_instance_id, u.name from kehoach.round_unit ru
                        join kehoach.org_unit u on u.id = ru.unit_id
                        where ru.round_id = ? order by u.sort_order, ru.unit_id limit ? offset ?""")
                .params(roundId, size, (long) index * size)
                .query((rs, n) -> new ChunkUnit(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** A unit in an opening or closing job, with its name (a variable of its report) and report instance. */
    record ChunkUnit(String unitId, String processInstanceId, String name) {
    }
}
