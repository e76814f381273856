package vn.dongthap.tdcs.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** kehoach.notification_outbox. */
@Repository
public class Outbox {

    /**
     * CHO_GUI waiting (also between attempts), DA_GUI sent, LOI not sendable as it stands (address, template),
     * BO_QUA not sent (no SMTP configured), HET_LUOT every delivery attempt failed (an operator resends it).
     */
    public enum Status { CHO_GUI, DA_GUI, LOI, BO_QUA, HET_LUOT }

    public record Mail(long id, String key, String kind, String recipient, String subject, String html, String text,
                       Long attachRoundId, Status status, int attempts, String lastError, Instant createdAt,
                       Instant sentAt) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when a mail with this key already exists: the same reason never makes a second mail. */
    Optional<Long> add(String key, String kind, String recipient, String subject, String html, String text,
                       Long attachRoundId, Instant at) {
        if (jdbc.sql("select count(*) from kehoach.notification_outbox where idempotency_key = ?").param(key)
                .query(Integer.class).single() > 0) {
            return Optional.empty();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into kehoach.notification_outbox (idempotency_key, kind, recipient, subject, body_html, body_text,
                          attach_round_id, status, attempts, created_at, next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, ?, 'CHO_GUI', 0, ?, ?)""")
                .params(key, kind, recipient, subject, html, text, attachRoundId, Timestamp.from(at), Timestamp.from(at))
                .update(keys, "id");
        return Optional.of(keys.getKey().longValue());
    }

    Optional<Mail> find(long id) {
        return jdbc.sql("select * from kehoach.notification_outbox where id = ?").param(id).query(Outbox::mail).optional();
    }

    void mark(long id, Status status, String error) {
        jdbc.sql("update kehoach.notification_outbox set status = ?, last_error = ?, attempts = attempts + 1 where id = ?")
                .params(status.name(), error, id).update();
    }

    /** Mails whose every attempt failed go back to the queue, due now; returns how many. */
    int resendExhausted(Instant at) {
        return jdbc.sql("""
                        update kehoach.notification_outbox set status = 'CHO_GUI', attempts = 0, next_attempt_at = ?,
                          claim_token = null, claimed_until = null where status = 'HET_LUOT'""")
                .param(Timestamp.from(at)).update();
    }

    /** Which mails to list: each criterion null for any. */
    public record Filter(Status status, String kind, String recipient) {
    }

    /** @param page 1 for the newest {@code size} mails */
    public record Page(int page, int size, long total, List<Mail> items) {
    }

    /** The mails that match, newest first, one page of them, and how many match in all. */
    public Page page(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (filter.status() != null) {
            where.append(" and status = ?");
            params.add(filter.status().name());
        }
        if (filter.kind() != null) {
            where.append(" and kind = ?");
            params.add(filter.kind());
        }
        if (filter.recipient() != null) {
            // part of the address, any case: "xa-tan-hong" finds every mail to that commune's people
            where.append(" and lower(recipient) like ?");
            params.add("%" + filter.recipient().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from kehoach.notification_outbox" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new java.util.ArrayList<>(params);
        pageParams.add((long) (page - 1) * size);
        pageParams.add(size);
        List<Mail> items = jdbc.sql("select * from kehoach.notification_outbox" + where
                        + " order by id desc offset ? rows fetch next ? rows only")
                .params(pageParams).query(Outbox::mail).list();
        return new Page(page, size, total, items);
    }

    private static Mail mail(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long round = rs.getLong("attach_round_id");
        Long attach = rs.wasNull() ? null : round;
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Mail(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("kind"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("body_html"), rs.getString("body_text"), attach,
                Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
    }
}
