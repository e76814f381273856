package vn.dongthap.tdcs.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Signed report files attached by units (kehoach.report_attachment). */
@Repository
public class ReportAttachments {

    public record Attachment(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                             Instant uploadedAt) {
    }

    private final JdbcClient jdbc;

    ReportAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long store(long roundId, String unitId, String fileName, String contentType, byte[] content, String uploadedBy,
               Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into kehoach.report_attachment (round_id, unit_id, file_name, content_type, size_bytes, content,
                          uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(roundId, unitId, fileName, contentType, content.length, content, uploadedBy, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Newest first. */
    public List<Attachment> list(long roundId, String unitId) {
        return jdbc.sql("""
                        select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from kehoach.report_attachment
                        where round_id = ? and unit_id = ? order by uploaded_at desc, id desc""")
                .params(roundId, unitId)
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    Optional<byte[]> content(long roundId, String unitId, long id) {
        return jdbc.sql("select content from kehoach.report_attachment where id = ? and round_id = ? and unit_id = ?")
                .params(id, roundId, unitId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    Optional<Long> latestId(long roundId, String unitId) {
        return list(roundId, unitId).stream().findFirst().map(Attachment::id);
    }

    void linkToSubmission(long submissionId, long attachmentId) {
        jdbc.sql("update kehoach.submission set attachment_id = ? where id = ?").params(attachmentId, submissionId).update();
    }
}
