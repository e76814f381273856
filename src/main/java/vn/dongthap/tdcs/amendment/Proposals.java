package vn.dongthap.tdcs.amendment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dongthap.tdcs.plan.RegimeChange;
import vn.dongthap.tdcs.platform.AppClock;

/** Amendment proposals (kehoach.amendment_proposal). */
@Repository
public class Proposals {

    private static final List<String> COLUMN_NAMES = List.of("id", "proposal_key", "unit_id", "kind", "plan_version_id",
            "target_stt", "new_group", "new_content", "new_lead", "new_coop", "new_product", "new_timing", "reason", "status",
            "branch_opinion", "batch_id", "decision", "decision_note", "adj_content", "adj_lead", "adj_coop", "adj_product",
            "adj_timing", "new_due_before", "new_recipients", "branch_recommendation");
    /** Where a proposal may still be withdrawn by its unit: anywhere before UBND tỉnh's decision. */
    private static final String WITHDRAWABLE = "'CHO_LANH_DAO', 'CHO_CHI_NHANH', 'CAN_GIAI_TRINH', 'DA_TIEP_NHAN', 'DA_TRINH'";
    private static final String COLUMNS = String.join(", ", COLUMN_NAMES);

    private final JdbcClient jdbc;
    private final AppClock clock;

    Proposals(JdbcClient jdbc, AppClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Next key of the year, e.g. DX-2026-0007. */
    String nextKey(int year) {
        String prefix = "DX-" + year + "-";
        int next = jdbc.sql("select proposal_key from kehoach.amendment_proposal where proposal_key like ?")
                .param(prefix + "%").query(String.class).list().stream()
                .mapToInt(k -> Integer.parseInt(k.substring(prefix.length()))).max().orElse(0) + 1;
        return prefix + String.format("%04d", next);
    }

    long insert(String key, String unitId, AmendmentKind kind, long planVersionId, String targetStt, ItemChanges changes,
                RegimeChange regime, String reason, String createdBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into kehoach.amendment_proposal (proposal_key, unit_id, kind, plan_version_id, target_stt,
                          new_group, new_content, new_lead, new_coop, new_product, new_timing, new_due_before, new_recipients,
                          reason, status, created_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key, unitId, kind.name(), planVersionId, targetStt, changes.group(), changes.content(),
                        ItemChanges.join(changes.lead()), ItemChanges.join(changes.coop()), changes.product(),
                        changes.timing(), regime == null ? null : regime.dueBefore(),
                        regime == null ? null : ItemChanges.join(regime.consolidatedTo()), reason,
                        ProposalStatus.CHO_LANH_DAO.name(), createdBy, Timestamp.from(at), Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void revise(long id, String targetStt, ItemChanges changes, RegimeChange regime, String reason, Instant at) {
        jdbc.sql("""
                        update kehoach.amendment_proposal set target_stt = ?, new_group = ?, new_content = ?, new_lead = ?,
                          new_coop = ?, new_product = ?, new_timing = ?, new_due_before = ?, new_recipients = ?, reason = ?,
                          updated_at = ? where id = ?""")
                .params(targetStt, changes.group(), changes.content(), ItemChanges.join(changes.lead()),
                        ItemChanges.join(changes.coop()), changes.product(), changes.timing(),
                        regime == null ? null : regime.dueBefore(),
                        regime == null ? null : ItemChanges.join(regime.consolidatedTo()), reason, Timestamp.from(at), id)
                .update();
    }

    void recordLeaderApproval(long id, String leader, Instant at) {
        jdbc.sql("""
                        update kehoach.amendment_proposal set status = ?, leader_approved_by = ?, leader_approved_at = ?,
                          updated_at = ? where id = ?""")
                .params(ProposalStatus.CHO_CHI_NHANH.name(), leader, Timestamp.from(at), Timestamp.from(at), id).update();
    }

    /** The branch's question opens a thread entry; the unit's answer closes it. */
    void askClarification(long id, String question, String askedBy, Instant at) {
        jdbc.sql("update kehoach.amendment_proposal set status = ?, clarification = ?, updated_at = ? where id = ?")
                .params(ProposalStatus.CAN_GIAI_TRINH.name(), question, Timestamp.from(at), id).update();
        jdbc.sql("""
                        insert into kehoach.amendment_clarification (proposal_id, question, asked_by, asked_at, open_for)
                        values (?, ?, ?, ?, ?)""")
                .params(id, question, askedBy, Timestamp.from(at), id).update();
    }

    void recordAnswer(long id, String answer, String answeredBy, Instant at) {
        jdbc.sql("update kehoach.amendment_proposal set clarification_answer = ?, updated_at = ? where id = ?")
                .params(answer, Timestamp.from(at), id).update();
        jdbc.sql("""
                        update kehoach.amendment_clarification set answer = ?, answered_by = ?, answered_at = ?, open_for = null
                        where open_for = ?""")
                .params(answer, answeredBy, Timestamp.from(at), id).update();
    }

    /** A question and its answer (null while unanswered; by and at null for threads kept before V19). */
    public record Clarification(String question, String askedBy, Instant askedAt, String answer, String answeredBy,
                                Instant answeredAt) {
    }

    public List<Clarification> thread(long id) {
        return jdbc.sql("""
                        select question, asked_by, asked_at, answer, answered_by, answered_at
                        from kehoach.amendment_clarification where proposal_id = ? order by id""")
                .param(id)
                .query((rs, n) -> new Clarification(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6))))
                .list();
    }

    /** Who approved at the unit and when, if the leader did. */
    Optional<Clarification> leaderApproval(long id) {
        return jdbc.sql("select leader_approved_by, leader_approved_at from kehoach.amendment_proposal where id = ?"
                        + " and leader_approved_by is not null")
                .param(id).query((rs, n) -> new Clarification(null, rs.getString(1), instant(rs.getTimestamp(2)), null, null,
                        null)).optional();
    }

    /**
     * The unit withdraws its proposal: only before UBND tỉnh's decision (a conditional update, so a decision and a
     * withdrawal serialised on the batch lock never both win). False when the proposal is no longer withdrawable.
     */
    boolean withdraw(long id, String by, Instant at, String reason) {
        return jdbc.sql("update kehoach.amendment_proposal set status = 'DA_RUT', withdrawn_by = ?, withdrawn_at = ?,"
                        + " withdraw_reason = ?, updated_at = ? where id = ? and decision is null and status in ("
                        + WITHDRAWABLE + ")")
                .params(by, Timestamp.from(at), reason, Timestamp.from(at), id).update() == 1;
    }

    /** Keys of a batch's proposals their units withdrew: the batch is decided without them. */
    List<String> withdrawnOfBatch(long batchId) {
        return jdbc.sql("select proposal_key from kehoach.amendment_proposal where batch_id = ? and status = 'DA_RUT'")
                .param(batchId).query(String.class).list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    void setStatus(long id, ProposalStatus status) {
        jdbc.sql("update kehoach.amendment_proposal set status = ?, updated_at = ? where id = ?")
                .params(status.name(), Timestamp.from(clock.now()), id).update();
    }

    /** The branch forwards the proposal to UBND tỉnh in the open batch, with its recommendation and reasons. */
    void joinBatch(long id, long batchId, Proposal.Recommendation recommendation, String opinion) {
        jdbc.sql("""
                        update kehoach.amendment_proposal set batch_id = ?, status = ?, branch_recommendation = ?,
                          branch_opinion = ?, updated_at = ? where id = ?""")
                .params(batchId, ProposalStatus.DA_TIEP_NHAN.name(), recommendation.name(), opinion,
                        Timestamp.from(clock.now()), id).update();
    }

    void recordDecision(long id, Proposal.Decision decision, String note, ItemChanges adjusted) {
        ItemChanges adj = adjusted == null ? new ItemChanges(null, null, null, null, null, null) : adjusted;
        jdbc.sql("""
                        update kehoach.amendment_proposal set decision = ?, status = ?, decision_note = ?, adj_content = ?,
                          adj_lead = ?, adj_coop = ?, adj_product = ?, adj_timing = ?, updated_at = ? where id = ?""")
                .params(decision.name(), decision.name(), note, adj.content(), ItemChanges.join(adj.lead()),
                        ItemChanges.join(adj.coop()), adj.product(), adj.timing(), Timestamp.from(clock.now()), id)
                .update();
    }

    public Optional<Proposal> findByKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from kehoach.amendment_proposal where proposal_key = ?").param(key)
                .query(Proposals::proposal).optional();
    }

    public Optional<Proposal> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from kehoach.amendment_proposal where id = ?").param(id)
                .query(Proposals::proposal).optional();
    }

    /** Every proposal with its batch's decision number and date (null until decided), newest first. */
    public List<Listed> all() {
        return jdbc.sql("select p." + String.join(", p.", COLUMN_NAMES) + ", b.batch_key, b.decision_number, b.decision_date"
                        + " from kehoach.amendment_proposal p left join kehoach.amendment_batch b on b.id = p.batch_id"
                        + " order by p.id desc")
                .query((rs, n) -> {
                    java.sql.Date date = rs.getDate("decision_date");
                    return new Listed(proposal(rs, n), rs.getString("batch_key"), rs.getString("decision_number"),
                            date == null ? null : date.toLocalDate());
                })
                .list();
    }

    public record Listed(Proposal proposal, String batchKey, String decisionNumber, java.time.LocalDate decisionDate) {
    }

    /** The proposals a batch holds for UBND tỉnh's decision: those withdrawn by their units are left out. */
    public List<Proposal> ofBatch(long batchId) {
        return jdbc.sql("select " + COLUMNS + " from kehoach.amendment_proposal where batch_id = ? and status <> 'DA_RUT'"
                        + " order by id")
                .param(batchId).query(Proposals::proposal).list();
    }

    private static Proposal proposal(ResultSet rs, int n) throws SQLException {
        long batch = rs.getLong("batch_id");
        boolean noBatch = rs.wasNull();
        String decision = rs.getString("decision");
        String dueBefore = rs.getString("new_due_before");
        List<String> recipients = ItemChanges.split(rs.getString("new_recipients"));
        String recommendation = rs.getString("branch_recommendation");
        return new Proposal(rs.getLong("id"), rs.getString("proposal_key"), rs.getString("unit_id"),
                AmendmentKind.valueOf(rs.getString("kind")), rs.getLong("plan_version_id"), rs.getString("target_stt"),
                new ItemChanges(rs.getString("new_group"), rs.getString("new_content"), ItemChanges.split(rs.getString("new_lead")),
                        ItemChanges.split(rs.getString("new_coop")), rs.getString("new_product"), rs.getString("new_timing")),
                rs.getString("reason"), ProposalStatus.valueOf(rs.getString("status")), rs.getString("branch_opinion"),
                noBatch ? null : batch, decision == null ? null : Proposal.Decision.valueOf(decision),
                rs.getString("decision_note"),
                new ItemChanges(null, rs.getString("adj_content"), ItemChanges.split(rs.getString("adj_lead")),
                        ItemChanges.split(rs.getString("adj_coop")), rs.getString("adj_product"), rs.getString("adj_timing")),
                dueBefore == null && recipients == null ? null : new RegimeChange(dueBefore, recipients),
                recommendation == null ? null : Proposal.Recommendation.valueOf(recommendation));
    }
}
