package vn.dongthap.tdcs.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which units of a round have had their report started or closed (kehoach.round_unit_step), and the slice of
 * units each opening or closing job handles.
 */
@Repository
class RoundSteps {

    enum Step { OPEN, CLOSE }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    /** A savepoint inside the caller's transaction: a refused claim must not abort the chunk's transaction. */
    private final TransactionTemplate savepoint;

    RoundSteps(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Claims the step for the unit in the caller's transaction; false if another transaction has it. A concurrent
     * claim of the same unit waits on the primary key until the first commits (then false: duplicate key) or rolls
     * back (then true), so that the step runs exactly once however often a job is retried or duplicated.
     */
    boolean claim(long roundId, String unitId, Step step, Instant at) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A claim belongs in the transaction of the step it guards");
        }
        try {
            // Portable (PostgreSQL and the embedded H2): a plain insert under a savepoint, not "on conflict".
            savepoint.executeWithoutResult(status -> jdbc.sql(
                            "insert into kehoach.round_unit_step (round_id, unit_id, step, done_at) values (?, ?, ?, ?)")
                    .params(roundId, unitId, step.name(), Timestamp.from(at)).update());
            return true;
        } catch (DuplicateKeyException claimedBefore) {
            return false;
        }
    }

    /**
     * Claims the step for every unit of a chunk in one batch, in the caller's transaction; returns the units claimed
     * here. The usual case (nobody claimed any of them) costs one round trip instead of one per unit; if any unit
     * was claimed before (a retried or duplicated job), the batch is undone and each unit is claimed alone.
     */
    List<String> claimAll(long roundId, List<String> unitIds, Step step, Instant at) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A claim belongs in the transaction of the step it guards");
        }
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Timestamp time = Timestamp.from(at);
        try {
            savepoint.executeWithoutResult(status -> batch.batchUpdate(
                    "insert into kehoach.round_unit_step (round_id, unit_id, step, done_at) values (?, ?, ?, ?)",
                    unitIds.stream().map(unit -> new Object[] {roundId, unit, step.name(), time}).toList()));
            return unitIds;
        } catch (DuplicateKeyException claimedBefore) {
            return unitIds.stream().filter(unit -> claim(roundId, unit, step, at)).toList();
        }
    }

    int count(long roundId, Step step) {
        return jdbc.sql("select count(*) from kehoach.round_unit_step where round_id = ? and step = ?")
                .params(roundId, step.name()).query(Integer.class).single();
    }

    /**
     * The units of chunk {@code index}: the round's units by their place in the round (fixed when it was made),
     * {@code size} at a time, read through the index on the place.
     */
    List<ChunkUnit> chunk(long roundId, int index, int size) {
        return jdbc.sql("""
                        select ru.unit_id, ru.process_instance_id, u.name from kehoach.round_unit ru
                        join kehoach.org_unit u on u.id = ru.unit_id
                        where ru.round_id = ? and ru.ordinal >= ? and ru.ordinal < ? order by ru.ordinal""")
                .params(roundId, (long) index * size, (long) (index + 1) * size)
                .query((rs, n) -> new ChunkUnit(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** A unit in an opening or closing job, with its name (a variable of its report) and report instance. */
    record ChunkUnit(String unitId, String processInstanceId, String name) {
    }
}
