package vn.dongthap.tdcs.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dongthap.tdcs.platform.TransactionMemo;

/**
 * Every submitted version of a unit's report, its items and figures, and every return (kehoach.submission*,
 * report_return). Figures are rows by key, so a figure added to the plan needs no column.
 */
@Repository
public class Submissions {

    /** A unit's returns, read once per transaction (a new task's name and its notice both ask). */
    private static final TransactionMemo.Kind<UnitOfRound, List<Return>> RETURNS = new TransactionMemo.Kind<>("report_return");

    private record UnitOfRound(long roundId, String unitId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionMemo memo;

    Submissions(JdbcClient jdbc, JdbcTemplate batch, TransactionMemo memo) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.memo = memo;
    }

    public record Item(long planItemId, String stt, String unitRole, String level, String result, String product,
                       String difficulties, String proposals) {
    }

    /** @param figures values by figure key (only the figures the unit was asked) */
    public record Submission(long id, long roundId, String unitId, int versionNo, Instant submittedAt, boolean late,
                             String approvedBy, Map<String, BigDecimal> figures, String generalComment) {
    }

    public record Return(String unitId, String returnedBy, String byRole, String reason, Instant returnedAt) {
    }

    long insert(Submission submission, List<Item> items) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into kehoach.submission (round_id, unit_id, version_no, submitted_at, late, approved_by,
                          general_comment) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(submission.roundId(), submission.unitId(), submission.versionNo(),
                        Timestamp.from(submission.submittedAt()), submission.late(), submission.approvedBy(),
                        submission.generalComment())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        // The figures and the items in one batch each: a report has a dozen items or more, inserted at every
        // leader's approval.
        batch.batchUpdate("""
                        insert into kehoach.submission_figure (submission_id, figure_key, figure_value) values (?, ?, ?)""",
                submission.figures().entrySet().stream().map(f -> new Object[] {id, f.getKey(), f.getValue()}).toList());
        batch.batchUpdate("""
                        insert into kehoach.submission_item (submission_id, plan_item_id, stt, unit_role, level, result,
                          product, difficulties, proposals) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                items.stream().map(item -> new Object[] {id, item.planItemId(), item.stt(), item.unitRole(), item.level(),
                        item.result(), item.product(), item.difficulties(), item.proposals()}).toList());
        return id;
    }

    void recordReturn(long roundId, Return returned) {
        memo.forget(RETURNS);
        jdbc.sql("""
                        insert into kehoach.report_return (round_id, unit_id, returned_by, by_role, reason, returned_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(roundId, returned.unitId(), returned.returnedBy(), returned.byRole(), returned.reason(),
                        Timestamp.from(returned.returnedAt()))
                .update();
    }

    private static final String LATEST = """
             s.round_id = ? and s.version_no = (select max(x.version_no) from kehoach.submission x
              where x.round_id = s.round_id and x.unit_id = s.unit_id)""";

    /** All versions of one unit's report in a round, oldest first. */
    public List<Submission> versions(long roundId, String unitId) {
        Map<Long, Map<String, BigDecimal>> figures = figures("""
                select f.submission_id, f.figure_key, f.figure_value from kehoach.submission_figure f
                join kehoach.submission s on s.id = f.submission_id where s.round_id = ? and s.unit_id = ?""",
                roundId, unitId);
        return jdbc.sql("""
                        select id, round_id, unit_id, version_no, submitted_at, late, approved_by, general_comment
                        from kehoach.submission where round_id = ? and unit_id = ? order by version_no""")
                .params(roundId, unitId).query((rs, n) -> submission(rs, figures)).list();
    }

    /** The latest version of each unit that submitted in the round. */
    public List<Submission> latest(long roundId) {
        Map<Long, Map<String, BigDecimal>> figures = figures("""
                select f.submission_id, f.figure_key, f.figure_value from kehoach.submission_figure f
                join kehoach.submission s on s.id = f.submission_id where""" + " " + LATEST, roundId);
        return jdbc.sql("""
                        select s.id, s.round_id, s.unit_id, s.version_no, s.submitted_at, s.late, s.approved_by,
                          s.general_comment from kehoach.submission s where""" + " " + LATEST)
                .param(roundId).query((rs, n) -> submission(rs, figures)).list();
    }

    private Map<Long, Map<String, BigDecimal>> figures(String sql, Object... params) {
        Map<Long, Map<String, BigDecimal>> figures = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            figures.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
        });
        return figures;
    }

    /** The items of every unit's latest version in the round, by submission id: one query, not one per unit. */
    public Map<Long, List<Item>> latestItems(long roundId) {
        Map<Long, List<Item>> items = new HashMap<>();
        jdbc.sql("""
                        select i.submission_id, i.plan_item_id, i.stt, i.unit_role, i.level, i.result, i.product,
                          i.difficulties, i.proposals
                        from kehoach.submission_item i join kehoach.submission s on s.id = i.submission_id
                        where""" + " " + LATEST)
                .param(roundId)
                .query(rs -> {
                    items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Item(rs.getLong(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9)));
                });
        return items;
    }

    public List<Item> items(long submissionId) {
        return jdbc.sql("""
                        select plan_item_id, stt, unit_role, level, result, product, difficulties, proposals
                        from kehoach.submission_item where submission_id = ?""")
                .param(submissionId)
                .query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    public List<Return> returns(long roundId, String unitId) {
        return memo.get(RETURNS, new UnitOfRound(roundId, unitId), () -> Optional.of(jdbc.sql("""
                        select unit_id, returned_by, by_role, reason, returned_at from kehoach.report_return
                        where round_id = ? and unit_id = ? order by returned_at, id""")
                .params(roundId, unitId).query(Submissions::returned).list())).orElse(List.of());
    }

    /** Reads these units' returns in one query for the rest of the transaction (a chunk of the opening). */
    void preloadReturns(long roundId, Collection<String> unitIds) {
        memo.putAll(RETURNS, unitIds.stream().map(id -> new UnitOfRound(roundId, id)).toList(), keys -> jdbc.sql("""
                        select unit_id, returned_by, by_role, reason, returned_at from kehoach.report_return
                        where round_id = :round and unit_id in (:units) order by returned_at, id""")
                .param("round", roundId).param("units", keys.stream().map(UnitOfRound::unitId).toList())
                .query(Submissions::returned).list().stream()
                .collect(Collectors.groupingBy(r -> new UnitOfRound(roundId, r.unitId()))));
    }

    private static Return returned(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Return(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }

    private static Submission submission(java.sql.ResultSet rs, Map<Long, Map<String, BigDecimal>> figures)
            throws java.sql.SQLException {
        return new Submission(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant(),
                rs.getBoolean(6), rs.getString(7), Map.copyOf(figures.getOrDefault(rs.getLong(1), Map.of())),
                rs.getString(8));
    }
}
