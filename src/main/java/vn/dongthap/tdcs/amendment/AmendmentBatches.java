package vn.dongthap.tdcs.amendment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Batches of accepted proposals submitted together to UBND tỉnh (kehoach.amendment_batch). */
@Repository
public class AmendmentBatches {

    /** @param planVersionId the plan version in force when the batch opened, which its proposals were made against */
    public record Batch(long id, String key, String status, Long planVersionId) {
    }

    private static final String COLUMNS = "id, batch_key, status, plan_version_id";

    private final JdbcClient jdbc;

    AmendmentBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises joining and submitting across nodes until the surrounding transaction ends. */
    void lock() {
        jdbc.sql("select id from kehoach.amendment_batch_lock where id = 1 for update").query(Integer.class).single();
    }

    Optional<Batch> open() {
        return jdbc.sql("select " + COLUMNS + " from kehoach.amendment_batch where status = 'MO'")
                .query(AmendmentBatches::batch).optional();
    }

    Batch create(int year, Instant at, long planVersionId) {
        String prefix = "TT-" + year + "-";
        int next = jdbc.sql("select batch_key from kehoach.amendment_batch where batch_key like ?").param(prefix + "%")
                .query(String.class).list().stream()
                .mapToInt(k -> Integer.parseInt(k.substring(prefix.length()))).max().orElse(0) + 1;
        String key = prefix + String.format("%02d", next);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into kehoach.amendment_batch (batch_key, status, opened_at, plan_version_id) values (?, 'MO', ?, ?)")
                .params(key, Timestamp.from(at), planVersionId).update(keys, "id");
        return new Batch(keys.getKey().longValue(), key, "MO", planVersionId);
    }

    public Optional<Batch> findByKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from kehoach.amendment_batch where batch_key = ?").param(key)
                .query(AmendmentBatches::batch).optional();
    }

    private static Batch batch(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long version = rs.getLong(4);
        return new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : version);
    }

    /** False when another consolidator submitted it first: a batch is submitted once. */
    boolean markSubmitted(long id, String by, Instant at, byte[] docx) {
        return jdbc.sql("""
                        update kehoach.amendment_batch set status = 'DA_TRINH', submitted_by = ?, submitted_at = ?,
                          submission_docx = ? where id = ? and status = 'MO'""")
                .params(by, Timestamp.from(at), docx, id).update() == 1;
    }

    Optional<byte[]> submissionDocument(long id) {
        return jdbc.sql("select submission_docx from kehoach.amendment_batch where id = ? and submission_docx is not null")
                .param(id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    void markDecided(long id, String number, LocalDate date, String by, Instant at, Long newVersionId) {
        jdbc.sql("""
                        update kehoach.amendment_batch set status = 'DA_QUYET_DINH', decision_number = ?, decision_date = ?,
                          decided_by = ?, decided_at = ?, new_plan_version_id = ? where id = ?""")
                .params(number, date, by, Timestamp.from(at), newVersionId, id).update();
    }
}
