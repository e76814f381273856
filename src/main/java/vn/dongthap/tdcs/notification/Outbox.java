package vn.dongthap.tdcs.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dongthap.tdcs.platform.Databases;

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

    private static final String INSERT = """
            insert into kehoach.notification_outbox (idempotency_key, kind, recipient, subject, body_html, body_text,
              attach_round_id, status, attempts, created_at, next_attempt_at)
            values (?, ?, ?, ?, ?, ?, ?, 'CHO_GUI', 0, ?, ?)""";

    private final JdbcClient jdbc;
    private final boolean postgres;

    Outbox(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /**
     * Empty when a mail with this key already exists: the same reason never makes a second mail. The unique key
     * decides; on PostgreSQL in the insert itself (one statement per mail), on the embedded H2 (no "on conflict")
     * after a look.
     */
    Optional<Long> add(String key, String kind, String recipient, String subject, String html, String text,
                       Long attachRoundId, Instant at) {
        if (!postgres && jdbc.sql("select count(*) from kehoach.notification_outbox where idempotency_key = ?").param(key)
                .query(Integer.class).single() > 0) {
            return Optional.empty();
        }
        var keys = new GeneratedKeyHolder();
        int inserted = jdbc.sql(postgres ? INSERT + " on conflict (idempotency_key) do nothing" : INSERT)
                .params(key, kind, recipient, subject, html, text, attachRoundId, Timestamp.from(at), Timestamp.from(at))
                .update(keys, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(keys.getKey().longValue());
    }

    Optional<Mail> find(long id) {
        return jdbc.sql("select * from kehoach.notification_outbox where id = ?").param(id).query(Outbox::mail).optional();
    }

    void mark(long id, Status status, String error) {
        jdbc.sql("update kehoach.notification_outbox set status = ?, last_error = ?, attempts = attempts + 1 where id = ?")
                .params(status.name(), error, id).update();
    }

    /** What an administrator may put back in the queue: never a sent mail, nor one already waiting. */
    static final java.util.Set<Status> RESENDABLE = java.util.EnumSet.of(Status.BO_QUA, Status.LOI, Status.HET_LUOT);

    /** Mails whose every attempt failed go back to the queue, due now; returns how many. */
    int resendExhausted(Instant at) {
        return resend(at, java.util.EnumSet.of(Status.HET_LUOT), null, null);
    }

    /**
     * Mails in one of {@code statuses} (all {@link #RESENDABLE} when empty), optionally only one mail or one kind, go
     * back to the queue, due now. One conditional UPDATE: a mail sent or waiting is never touched, so a repeated or
     * concurrent resend queues nothing twice.
     */
    int resend(Instant at, java.util.Set<Status> statuses, Long id, String kind) {
        java.util.Set<Status> chosen = statuses == null || statuses.isEmpty() ? RESENDABLE : statuses;
        if (!RESENDABLE.containsAll(chosen)) {
            throw new IllegalArgumentException("not resendable: " + chosen);
        }
        StringBuilder sql = new StringBuilder("""
                update kehoach.notification_outbox set status = 'CHO_GUI', attempts = 0, next_attempt_at = ?, last_error = null,
                  claim_token = null, claimed_until = null, claimed_by = null where status in (""");
        List<Object> params = new java.util.ArrayList<>();
        params.add(Timestamp.from(at));
        sql.append(String.join(", ", java.util.Collections.nCopies(chosen.size(), "?"))).append(')');
        chosen.forEach(s -> params.add(s.name()));
        if (id != null) {
            sql.append(" and id = ?");
            params.add(id);
        }
        if (kind != null) {
            sql.append(" and kind = ?");
            params.add(kind);
        }
        return jdbc.sql(sql.toString()).params(params).update();
    }

    /** Mails per status, and when the longest-waiting mail was queued (null when none waits). */
    public record Backlog(java.util.Map<Status, Long> byStatus, Instant oldestWaitingSince) {
    }

    public Backlog backlog() {
        java.util.Map<Status, Long> byStatus = new java.util.EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            byStatus.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as n from kehoach.notification_outbox group by status")
                .query((rs, n) -> byStatus.put(Status.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        Timestamp oldest = jdbc.sql("select min(created_at) from kehoach.notification_outbox where status = 'CHO_GUI'")
                .query(Timestamp.class).single();
        return new Backlog(byStatus, oldest == null ? null : oldest.toInstant());
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
