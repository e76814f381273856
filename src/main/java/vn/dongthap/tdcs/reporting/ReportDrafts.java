package vn.dongthap.tdcs.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Unfinished unit reports saved with "Lưu" (kehoach.report_draft): one per round and unit, the last save wins. */
@Repository
class ReportDrafts {

    /** @param content the draft's answers as JSON (see {@link ReportDraftContent}) */
    record Draft(String content, String savedBy, Instant savedAt) {
    }

    private final JdbcClient jdbc;

    ReportDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Draft> find(long roundId, String unitId) {
        return jdbc.sql("select content, saved_by, saved_at from kehoach.report_draft where round_id = ? and unit_id = ?")
                .params(roundId, unitId)
                .query((rs, n) -> new Draft(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /**
     * Stores the unit's draft, replacing the previous one. Portable (PostgreSQL and the embedded H2) without
     * "on conflict": update, else insert; an insert that lost the race to another officer's first save becomes
     * an update (the primary key decides, not a check beforehand).
     */
    void save(long roundId, String unitId, Draft draft) {
        if (update(roundId, unitId, draft) > 0) {
            return;
        }
        try {
            jdbc.sql("insert into kehoach.report_draft (round_id, unit_id, content, saved_by, saved_at) values (?, ?, ?, ?, ?)")
                    .params(roundId, unitId, draft.content(), draft.savedBy(), Timestamp.from(draft.savedAt()))
                    .update();
        } catch (DuplicateKeyException savedMeanwhile) {
            update(roundId, unitId, draft);
        }
    }

    private int update(long roundId, String unitId, Draft draft) {
        return jdbc.sql("update kehoach.report_draft set content = ?, saved_by = ?, saved_at = ? where round_id = ? and unit_id = ?")
                .params(draft.content(), draft.savedBy(), Timestamp.from(draft.savedAt()), roundId, unitId)
                .update();
    }
}
