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
import vn.dongthap.tdcs.platform.AppClock;

/** Amendment proposals (kehoach.amendment_proposal). */
@Repository
public class Proposals {

    private static final List<String> COLUMN_NAMES = List.of("id", "proposal_key", "unit_id", "kind", "plan_version_id",
            "target_stt", "new_group", "new_content", "new_lead", "new_coop", "new_product", "new_timing", "reason", "status",
            "branch_opinion", "batch_id", "decision", "decision_note", "adj_content", "adj_lead", "adj_coop", "adj_product",
            "adj_timing");
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
                String reason, String createdBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into kehoach.amendment_proposal (proposal_key, unit_id, kind, plan_version_id, target_stt,
                          new_group, new_content, new_lead, new_coop, new_product, new_timing, reason, status, created_by,
                          created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key, unitId, kind.name(), planVersionId, targetStt, changes.group(), changes.content(),
                        ItemChanges.join(changes.lead()), ItemChanges.join(changes.coop()), changes.product(),
                        changes.timing(), reason, ProposalStatus.CHO_LANH_DAO.name(), createdBy, Timestamp.from(at),
                        Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void revise(long id, String targetStt, ItemChanges changes, String reason, Instant at) {
        jdbc.sql("""
                        update kehoach.amendment_proposal set target_stt = ?, new_group = ?, new_content = ?, new_lead = ?,
                          new_coop = ?, new_product = ?, new_timing = ?, reason = ?, updated_at = ? where id = ?""")
                .params(targetStt, changes.group(), changes.content(), ItemChanges.join(changes.lead()),
                        ItemChanges.join(changes.coop()), changes.product(), changes.timing(), reason, Timestamp.from(at), id)
                .update();
    }

    void setStatus(long id, ProposalStatus status) {
        jdbc.sql("update kehoach.amendment_proposal set status = ?, updated_at = ? where id = ?")
                .params(status.name(), Timestamp.from(clock.now()), id).update();
    }

    void recordBranchReview(long id, ProposalStatus status, String opinion, String question, String declineReason) {
        jdbc.sql("""
                        update kehoach.amendment_proposal set status = ?, branch_opinion = coalesce(?, branch_opinion),
                          clarification = coalesce(?, clarification), decline_reason = ?, updated_at = ? where id = ?""")
                .params(status.name(), opinion, question, declineReason, Timestamp.from(clock.now()), id).update();
    }

    void recordAnswer(long id, String answer) {
        jdbc.sql("update kehoach.amendment_proposal set clarification_answer = ?, updated_at = ? where id = ?")
                .params(answer, Timestamp.from(clock.now()), id).update();
    }

    void joinBatch(long id, long batchId) {
        jdbc.sql("update kehoach.amendment_proposal set batch_id = ?, status = ?, updated_at = ? where id = ?")
                .params(batchId, ProposalStatus.DA_TIEP_NHAN.name(), Timestamp.from(clock.now()), id).update();
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

    public List<Proposal> ofBatch(long batchId) {
        return jdbc.sql("select " + COLUMNS + " from kehoach.amendment_proposal where batch_id = ? order by id")
                .param(batchId).query(Proposals::proposal).list();
    }

    private static Proposal proposal(ResultSet rs, int n) throws SQLException {
        long batch = rs.getLong("batch_id");
        boolean noBatch = rs.wasNull();
        String decision = rs.getString("decision");
        return new Proposal(rs.getLong("id"), rs.getString("proposal_key"), rs.getString("unit_id"),
                AmendmentKind.valueOf(rs.getString("kind")), rs.getLong("plan_version_id"), rs.getString("target_stt"),
                new ItemChanges(rs.getString("new_group"), rs.getString("new_content"), ItemChanges.split(rs.getString("new_lead")),
                        ItemChanges.split(rs.getString("new_coop")), rs.getString("new_product"), rs.getString("new_timing")),
                rs.getString("reason"), ProposalStatus.valueOf(rs.getString("status")), rs.getString("branch_opinion"),
                noBatch ? null : batch, decision == null ? null : Proposal.Decision.valueOf(decision),
                rs.getString("decision_note"),
                new ItemChanges(null, rs.getString("adj_content"), ItemChanges.split(rs.getString("adj_lead")),
                        ItemChanges.split(rs.getString("adj_coop")), rs.getString("adj_product"), rs.getString("adj_timing")));
    }
}
