package vn.dongthap.tdcs.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.Databases;
import vn.dongthap.tdcs.platform.cluster.ClusterNode;

/**
 * Sends due outbox mails in batches, on any number of threads and nodes, each mail once.
 * <p>
 * A batch is claimed by one conditional UPDATE (status waiting, due, no live claim); its row count decides, so two
 * deliverers never hold the same mail, and claimed_by names the node holding it. The batch goes over one SMTP
 * connection, in id order; one conditional UPDATE per mail, matching the claim, marks it sent as soon as the server
 * has accepted it (or schedules the next attempt). A retried or duplicated delivery finds nothing to claim; the
 * mails of a node that died are taken over when its claim (lease) runs out. The one window left is the one SMTP
 * itself has: a node that dies after the server accepted a mail and before that mail's mark is committed (a few
 * milliseconds, at most one mail per connection) sends it again after the lease (the idempotency key travels in
 * the header X-Idempotency-Key, so a receiving system can recognise it).
 */
@Component
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final String DUE = "status = 'CHO_GUI' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties notification;
    private final DeliveryProperties properties;
    private final MailAttachments attachments;
    private final AppClock clock;
    private final ClusterNode node;
    private final String claimQuery;

    OutboxDelivery(JdbcClient jdbc, JdbcTemplate batch, DataSource dataSource, ObjectProvider<JavaMailSender> mailSender,
                   NotificationProperties notification, DeliveryProperties properties, MailAttachments attachments,
                   AppClock clock, ClusterNode node) {
        this.jdbc = jdbc;
        this.node = node;
        this.batch = batch;
        this.mailSender = mailSender;
        this.notification = notification;
        this.properties = properties;
        this.attachments = attachments;
        this.clock = clock;
        // PostgreSQL: threads and nodes skip each other's rows instead of waiting for them (H2, one node: no need).
        String skipLocked = Databases.isPostgres(dataSource) ? " for update skip locked" : "";
        this.claimQuery = "update kehoach.notification_outbox set claim_token = ?, claimed_until = ?, claimed_by = ? where id in ("
                + "select id from kehoach.notification_outbox where " + DUE + " order by id fetch first "
                + Math.max(1, properties.batchSize()) + " rows only" + skipLocked + ") and " + DUE;
    }

    /** Sends every mail due at {@code now}, batch after batch; returns how many were sent. */
    public int deliverDue(Instant now) {
        int sent = 0;
        while (true) {
            String token = UUID.randomUUID().toString();
            Timestamp at = Timestamp.from(now);
            int claimed = jdbc.sql(claimQuery).params(token, Timestamp.from(now.plus(properties.lease())), node.name(), at, at, at, at)
                    .update();
            if (claimed == 0) {
                return sent;
            }
            sent += deliverClaimed(token);
        }
    }

    /** One mail, whether due or not (a delivery instance of the former per-mail process); nothing if claimed or settled. */
    public void deliverOne(long id) {
        String token = UUID.randomUUID().toString();
        Instant now = clock.now();
        int claimed = jdbc.sql("update kehoach.notification_outbox set claim_token = ?, claimed_until = ?, claimed_by = ? where id = ?"
                        + " and status = 'CHO_GUI' and (claimed_until is null or claimed_until < ?)")
                .params(token, Timestamp.from(now.plus(properties.lease())), node.name(), id, Timestamp.from(now)).update();
        if (claimed == 1) {
            deliverClaimed(token);
        }
    }

    private int deliverClaimed(String token) {
        List<Outbox.Mail> mails = jdbc.sql("select * from kehoach.notification_outbox where claim_token = ? order by id")
                .param(token).query(OutboxDelivery::mail).list();
        JavaMailSender sender = mailSender.getIfAvailable();
        // Spring Boot makes the sender only when spring.mail.host is set: that one setting switches SMTP on.
        if (sender == null) {
            settle(token, mails, Outbox.Status.BO_QUA, "Chưa cấu hình máy chủ thư (spring.mail.host).");
            mails.forEach(m -> log.info("Thư {} tới {} không gửi (chưa cấu hình SMTP): {}", m.key(), m.recipient(), m.subject()));
            return 0;
        }
        // In id order; MimeMessage keeps Object's identity equality.
        Map<MimeMessage, Outbox.Mail> messages = new LinkedHashMap<>();
        Map<Long, List<MailAttachments.Attachment>> roundFiles = new HashMap<>();
        for (Outbox.Mail mail : mails) {
            try {
                messages.put(message(sender, mail, roundFiles), mail);
            } catch (AddressException e) {
                settle(token, List.of(mail), Outbox.Status.LOI, "Địa chỉ thư không hợp lệ: " + mail.recipient());
            } catch (MessagingException e) {
                failed(token, mail, e);
            }
        }
        // Each mail is marked sent as soon as the server accepts it: a node killed mid-batch resends at most the one
        // mail accepted and not yet marked, not the whole batch.
        int[] sent = {0};
        SmtpSession.sendEach(sender, new ArrayList<>(messages.keySet()), Date.from(clock.now()), new SmtpSession.Outcome() {
            @Override
            public void accepted(MimeMessage message) {
                sent[0] += jdbc.sql("""
                                update kehoach.notification_outbox set status = 'DA_GUI', sent_at = ?, attempts = attempts + 1,
                                  last_error = null, claim_token = null, claimed_until = null, claimed_by = null
                                  where id = ? and claim_token = ?""")
                        .params(Timestamp.from(clock.now()), messages.get(message).id(), token).update();
            }

            @Override
            public void failed(MimeMessage message, Exception failure) {
                OutboxDelivery.this.failed(token, messages.get(message), failure);
            }
        });
        return sent[0];
    }

    private MimeMessage message(JavaMailSender sender, Outbox.Mail mail, Map<Long, List<MailAttachments.Attachment>> roundFiles)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(notification.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        if (mail.attachRoundId() != null) {
            for (MailAttachments.Attachment file : roundFiles.computeIfAbsent(mail.attachRoundId(), attachments::forRound)) {
                helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()));
            }
        }
        // Lets a receiving server (and the tests) recognise a resend.
        message.setHeader("X-Idempotency-Key", mail.key());
        return message;
    }

    /** The next attempt after the retry delay, or HET_LUOT when the attempts are used up. */
    private void failed(String token, Outbox.Mail mail, Exception failure) {
        String error = "Lần gửi thứ " + (mail.attempts() + 1) + " không thành: " + failure.getMessage();
        String trimmed = error.length() > 2000 ? error.substring(0, 2000) : error;
        Instant now = clock.now();
        jdbc.sql("""
                        update kehoach.notification_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                          status = case when attempts + 1 >= ? then 'HET_LUOT' else 'CHO_GUI' end,
                          claim_token = null, claimed_until = null, claimed_by = null where id = ? and claim_token = ?""")
                .params(trimmed, Timestamp.from(now.plus(properties.retryDelay())), properties.maxAttempts(), mail.id(), token)
                .update();
        if (mail.attempts() + 1 >= properties.maxAttempts()) {
            log.error("Thư {} tới {} không gửi được sau {} lần thử, chờ quản trị viên gửi lại: {}", mail.key(),
                    mail.recipient(), properties.maxAttempts(), failure.getMessage());
        } else {
            log.warn("Thư {} tới {} chưa gửi được (lần {}), thử lại sau {}: {}", mail.key(), mail.recipient(),
                    mail.attempts() + 1, properties.retryDelay(), failure.getMessage());
        }
    }

    private void settle(String token, List<Outbox.Mail> mails, Outbox.Status status, String reason) {
        batch.batchUpdate("""
                update kehoach.notification_outbox set status = ?, last_error = ?, attempts = attempts + 1,
                  claim_token = null, claimed_until = null, claimed_by = null where id = ? and claim_token = ?""",
                mails.stream().map(m -> new Object[] {status.name(), reason, m.id(), token}).toList());
    }

    private static Outbox.Mail mail(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long round = rs.getLong("attach_round_id");
        Long attach = rs.wasNull() ? null : round;
        return new Outbox.Mail(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("kind"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body_html"), rs.getString("body_text"),
                attach, Outbox.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), null);
    }
}
