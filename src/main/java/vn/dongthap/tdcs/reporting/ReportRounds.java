package vn.dongthap.tdcs.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dongthap.tdcs.plan.Obligation;
import vn.dongthap.tdcs.platform.TransactionMemo;

/** Rounds and the units asked in each (kehoach.report_round, kehoach.round_unit). */
@Repository
public class ReportRounds {

    private static final String COLUMNS = """
            id, round_key, kind, annual_year, report_year, title, topic, brief, plan_version_id, computed_deadline,
            deadline, deadline_overridden, data_cutoff, status, requested_by, requested_by_unit, raised_by_unit""";

    /** Read once per transaction (a chunk's tasks and their listeners ask for the same round and units). */
    private static final TransactionMemo.Kind<String, ReportRound> ROUNDS = new TransactionMemo.Kind<>("report_round");
    private static final TransactionMemo.Kind<RoundUnit, UnitInRound> UNITS = new TransactionMemo.Kind<>("round_unit");

    private record RoundUnit(long roundId, String unitId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionMemo memo;

    ReportRounds(JdbcClient jdbc, JdbcTemplate batch, TransactionMemo memo) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.memo = memo;
    }

    /** After every write of these tables in this class: the transaction reads them again. */
    private void changed() {
        memo.forget(ROUNDS);
        memo.forget(UNITS);
    }

    long insert(ReportRound round, Instant openedAt) {
        changed();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into kehoach.report_round (round_key, kind, annual_year, report_year, title, topic, brief,
                          plan_version_id, computed_deadline, deadline, deadline_overridden, data_cutoff, status,
                          requested_by, opened_at, requested_by_unit, raised_by_unit)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(round.key(), round.kind().name(), round.annualYear(), round.reportYear(), round.title(),
                        round.topic(), round.brief(), round.planVersionId(), round.computedDeadline(), round.deadline(),
                        round.deadlineOverridden(), round.dataCutoff(), round.status().name(), round.requestedBy(),
                        Timestamp.from(openedAt), round.requestedByUnit(), round.raisedByUnit())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ReportRound> findByKey(String key) {
        return memo.get(ROUNDS, key, () -> jdbc.sql("select " + COLUMNS + " from kehoach.report_round where round_key = ?")
                .param(key).query(ReportRounds::round).optional());
    }

    public Optional<ReportRound> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from kehoach.report_round where id = ?").param(id)
                .query(ReportRounds::round).optional();
    }

    public Optional<ReportRound> findAnnual(int year) {
        return jdbc.sql("select " + COLUMNS + " from kehoach.report_round where annual_year = ?").param(year)
                .query(ReportRounds::round).optional();
    }

    public List<ReportRound> all() {
        return jdbc.sql("select " + COLUMNS + " from kehoach.report_round order by id desc").query(ReportRounds::round).list();
    }

    /**
     * Adds the units of a new round with their obligation, in one batch (a national round has thousands). Each unit's
     * place in the round is its place in {@code units}: the chunks of the opening and closing jobs follow it.
     */
    void addUnits(long roundId, Map<String, Obligation> units) {
        changed();
        List<Object[]> rows = new ArrayList<>(units.size());
        units.forEach((unitId, obligation) -> rows.add(new Object[] {roundId, unitId, obligation.name(), rows.size()}));
        batch.batchUpdate("""
                        insert into kehoach.round_unit (round_id, unit_id, late, versions, returned, obligation, ordinal)
                        values (?, ?, false, 0, false, ?, ?)""", rows);
    }

    int unitCount(long roundId) {
        return jdbc.sql("select count(*) from kehoach.round_unit where round_id = ?").param(roundId)
                .query(Integer.class).single();
    }

    /** The consolidator's "Đóng kỳ": recorded in her request; the unit reports close afterwards. */
    void requestClose(long roundId, String by, Instant at) {
        changed();
        jdbc.sql("update kehoach.report_round set close_requested_by = ?, close_requested_at = ? where id = ?")
                .params(by, Timestamp.from(at), roundId).update();
    }

    Optional<String> closeRequestedBy(long roundId) {
        return jdbc.sql("select close_requested_by from kehoach.report_round where id = ?").param(roundId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single();
    }

    boolean closeRequested(long roundId) {
        return closeRequestedBy(roundId).isPresent();
    }

    /** Each unit's report instance (unit id → instance id), in one batch: an opening job attaches its whole chunk. */
    void attachInstances(long roundId, java.util.Map<String, String> instances) {
        changed();
        List<Object[]> rows = instances.entrySet().stream()
                .map(e -> new Object[] {e.getValue(), roundId, e.getKey()}).toList();
        batch.batchUpdate("update kehoach.round_unit set process_instance_id = ? where round_id = ? and unit_id = ?", rows);
    }

    void attachInstance(long roundId, String unitId, String processInstanceId) {
        changed();
        jdbc.sql("update kehoach.round_unit set process_instance_id = ? where round_id = ? and unit_id = ?")
                .params(processInstanceId, roundId, unitId).update();
    }

    private static final String UNIT_COLUMNS = """
            ru.unit_id, ru.process_instance_id, ru.last_submitted_at, ru.late, ru.versions, ru.returned,
            ru.last_return_reason, ru.obligation""";

    public List<UnitInRound> units(long roundId) {
        return jdbc.sql("select " + UNIT_COLUMNS + """
                         from kehoach.round_unit ru join kehoach.org_unit u on u.id = ru.unit_id
                        where ru.round_id = ? order by u.sort_order""")
                .param(roundId).query(ReportRounds::unitInRound).list();
    }

    public Optional<UnitInRound> unit(long roundId, String unitId) {
        return memo.get(UNITS, new RoundUnit(roundId, unitId), () -> jdbc.sql(
                        "select " + UNIT_COLUMNS + " from kehoach.round_unit ru where ru.round_id = ? and ru.unit_id = ?")
                .params(roundId, unitId).query(ReportRounds::unitInRound).optional());
    }

    /** Reads these units of the round in one query for the rest of the transaction (a chunk of the opening). */
    void preloadUnits(long roundId, Collection<String> unitIds) {
        memo.putAll(UNITS, unitIds.stream().map(id -> new RoundUnit(roundId, id)).toList(), keys -> jdbc.sql(
                        "select " + UNIT_COLUMNS + " from kehoach.round_unit ru where ru.round_id = :round and ru.unit_id in (:units)")
                .param("round", roundId).param("units", keys.stream().map(RoundUnit::unitId).toList())
                .query(ReportRounds::unitInRound).list().stream()
                .collect(Collectors.toMap(unit -> new RoundUnit(roundId, unit.unitId()), Function.identity())));
    }

    private static UnitInRound unitInRound(ResultSet rs, int n) throws SQLException {
        return new UnitInRound(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)), rs.getBoolean(4),
                rs.getInt(5), rs.getBoolean(6), rs.getString(7), Obligation.valueOf(rs.getString(8)));
    }

    /** Records a submitted version; returns its version number. */
    int markSubmitted(long roundId, String unitId, Instant at, boolean late) {
        changed();
        jdbc.sql("""
                        update kehoach.round_unit set returned = false, last_submitted_at = ?, late = ?, versions = versions + 1
                        where round_id = ? and unit_id = ?""")
                .params(Timestamp.from(at), late, roundId, unitId).update();
        return jdbc.sql("select versions from kehoach.round_unit where round_id = ? and unit_id = ?")
                .params(roundId, unitId).query(Integer.class).single();
    }

    void markReturned(long roundId, String unitId, String reason) {
        changed();
        jdbc.sql("update kehoach.round_unit set returned = true, last_return_reason = ? where round_id = ? and unit_id = ?")
                .params(reason, roundId, unitId).update();
    }

    /** After this, units that did not submit are "not submitted" (UnitState): nothing per unit is stored. */
    void markClosed(long roundId, String by, Instant at) {
        changed();
        jdbc.sql("update kehoach.report_round set status = ?, closed_at = ?, closed_by = ? where id = ?")
                .params(RoundStatus.DA_DONG.name(), Timestamp.from(at), by, roundId).update();
    }

    void markApproved(long roundId, String by, Instant at) {
        changed();
        jdbc.sql("update kehoach.report_round set approved_at = ?, approved_by = ? where id = ?")
                .params(Timestamp.from(at), by, roundId).update();
    }

    void markDispatched(long roundId, String recipients, Instant at) {
        changed();
        jdbc.sql("update kehoach.report_round set status = ?, dispatched_at = ?, dispatched_to = ? where id = ?")
                .params(RoundStatus.DA_GUI.name(), Timestamp.from(at), recipients, roundId).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static ReportRound round(ResultSet rs, int n) throws SQLException {
        Integer annual = rs.getObject("annual_year") == null ? null : rs.getInt("annual_year");
        return new ReportRound(rs.getLong("id"), rs.getString("round_key"), RoundKind.valueOf(rs.getString("kind")),
                annual, rs.getInt("report_year"), rs.getString("title"), rs.getString("topic"),
                rs.getString("brief"), rs.getLong("plan_version_id"), rs.getDate("computed_deadline").toLocalDate(),
                rs.getDate("deadline").toLocalDate(), rs.getBoolean("deadline_overridden"),
                rs.getDate("data_cutoff").toLocalDate(), RoundStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"), rs.getString("requested_by_unit"), rs.getBoolean("raised_by_unit"));
    }
}
