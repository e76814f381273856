package vn.dongthap.tdcs.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The signed and numbered consolidated report of a round (V21): every signed PDF uploaded, every submission to the
 * branch leader with its number, date, file and decision, and the dispatch that went out. Nothing is overwritten.
 */
@Repository
public class RoundDispatches {

    public record SignedFile(long id, String fileName, long sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    /** @param decision null while the leader has not decided */
    public record Review(long id, String documentNumber, LocalDate documentDate, long signedFileId,
                         String submittedBy, Instant submittedAt, Decision decision, String decidedBy,
                         Instant decidedAt, String returnReason, String leaderOpinion) {
    }

    public record Dispatch(long reviewId, String documentNumber, LocalDate documentDate, long signedFileId,
                           String approvedBy, Instant approvedAt) {
    }

    public enum Decision { DUYET, TRA_LAI }

    /** Thrown when the database refuses a second waiting submission or a number already used this year. */
    static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message);
        }
    }

    private static final String REVIEW_COLUMNS = """
            id, document_number, document_date, signed_file_id, submitted_by, submitted_at, decision, decided_by,
            decided_at, return_reason, leader_opinion""";

    private final JdbcClient jdbc;

    RoundDispatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long storeFile(long roundId, String fileName, byte[] content, String uploadedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into kehoach.dispatch_signed_file (round_id, file_name, size_bytes, content, uploaded_by,
                          uploaded_at) values (?, ?, ?, ?, ?, ?)""")
                .params(roundId, fileName, content.length, content, uploadedBy, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Newest first. */
    public List<SignedFile> files(long roundId) {
        return jdbc.sql("""
                        select id, file_name, size_bytes, uploaded_by, uploaded_at from kehoach.dispatch_signed_file
                        where round_id = ? order by uploaded_at desc, id desc""")
                .param(roundId)
                .query((rs, n) -> new SignedFile(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public Optional<SignedFile> file(long roundId, long fileId) {
        return files(roundId).stream().filter(f -> f.id() == fileId).findFirst();
    }

    Optional<SignedFile> latestFile(long roundId) {
        return files(roundId).stream().findFirst();
    }

    public Optional<byte[]> content(long roundId, long fileId) {
        return jdbc.sql("select content from kehoach.dispatch_signed_file where id = ? and round_id = ?")
                .params(fileId, roundId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** A submission to the branch leader; the database lets only one wait per round. */
    long submit(long roundId, String number, LocalDate date, long fileId, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            insert into kehoach.dispatch_review (round_id, pending_round_id, document_number, document_date,
                              signed_file_id, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(roundId, roundId, number, Date.valueOf(date), fileId, by, Timestamp.from(at))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new Conflict("Báo cáo tổng hợp của kỳ này đang chờ lãnh đạo Chi nhánh duyệt.");
        }
        return keys.getKey().longValue();
    }

    public Optional<Review> pending(long roundId) {
        return jdbc.sql("select " + REVIEW_COLUMNS + " from kehoach.dispatch_review where pending_round_id = ?")
                .param(roundId).query(RoundDispatches::review).optional();
    }

    /** Oldest first: the history of the round's submissions and decisions. */
    public List<Review> reviews(long roundId) {
        return jdbc.sql("select " + REVIEW_COLUMNS + " from kehoach.dispatch_review where round_id = ? order by id")
                .param(roundId).query(RoundDispatches::review).list();
    }

    /** Records the leader's decision on the waiting submission; false when none was waiting. */
    boolean decide(long reviewId, Decision decision, String by, Instant at, String returnReason, String opinion) {
        return jdbc.sql("""
                        update kehoach.dispatch_review set pending_round_id = null, decision = ?, decided_by = ?,
                          decided_at = ?, return_reason = ?, leader_opinion = ? where id = ? and pending_round_id is not null""")
                .params(decision.name(), by, Timestamp.from(at), returnReason, opinion, reviewId).update() == 1;
    }

    /** The approved submission becomes the round's dispatch; a number is used once per year. */
    void recordDispatch(long roundId, Review approved, String by, Instant at) {
        try {
            jdbc.sql("""
                            insert into kehoach.round_dispatch (round_id, review_id, document_number, document_year,
                              document_date, signed_file_id, approved_by, approved_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(roundId, approved.id(), approved.documentNumber(), approved.documentDate().getYear(),
                            Date.valueOf(approved.documentDate()), approved.signedFileId(), by, Timestamp.from(at))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("Số " + approved.documentNumber() + " đã dùng cho một văn bản khác năm "
                    + approved.documentDate().getYear() + ".");
        }
    }

    public Optional<Dispatch> dispatch(long roundId) {
        return jdbc.sql("""
                        select review_id, document_number, document_date, signed_file_id, approved_by, approved_at
                        from kehoach.round_dispatch where round_id = ?""")
                .param(roundId)
                .query((rs, n) -> new Dispatch(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getLong(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /** The key of another round already dispatched under this number in this year, if any. */
    Optional<String> roundUsingNumber(String number, int year) {
        return jdbc.sql("""
                        select r.round_key from kehoach.round_dispatch d join kehoach.report_round r on r.id = d.round_id
                        where d.document_year = ? and d.document_number = ?""")
                .params(year, number).query(String.class).optional();
    }

    /** The day the round was closed, in the database's wall time (the application writes its own zone's time). */
    Optional<Instant> closedAt(long roundId) {
        return jdbc.sql("select closed_at from kehoach.report_round where id = ?").param(roundId)
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).optional();
    }

    private static Review review(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString(7);
        Timestamp decidedAt = rs.getTimestamp(9);
        return new Review(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getLong(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), decision == null ? null : Decision.valueOf(decision), rs.getString(8),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString(10), rs.getString(11));
    }
}
