package vn.dongthap.tdcs.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Task_SendMail (asynchronous, retried): sends one outbox mail. A mail already sent is not sent again;
 * an SMTP failure fails the job, which the engine retries and finally turns into an incident.
 */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendMailDelegate.class);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final MailAttachments attachments;
    private final AppClock clock;

    /** No JavaMailSender bean exists until spring.mail.host is set. */
    SendMailDelegate(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties,
                     MailAttachments attachments, AppClock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
        this.attachments = attachments;
    }

    @Override
    public void execute(DelegateExecution execution) throws MessagingException {
        long id = NotificationDeliveryModel.OUTBOX_ID.get(execution);
        Outbox.Mail mail = outbox.find(id).orElse(null);
        if (mail == null) {
            log.warn("Thư số {} không còn trong hàng đợi; bỏ qua", id);
            return;
        }
        if (mail.status() != Outbox.Status.CHO_GUI) {
            return; // sent (or settled) by an earlier attempt
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!properties.smtpEnabled() || sender == null) {
            outbox.mark(id, Outbox.Status.BO_QUA, "Chưa cấu hình máy chủ thư (spring.mail.host, app.notification.smtp-enabled).");
            log.info("Thư {} tới {} không gửi (chưa cấu hình SMTP): {}", mail.key(), mail.recipient(), mail.subject());
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            if (mail.attachRoundId() != null) {
                for (MailAttachments.Attachment attachment : attachments.forRound(mail.attachRoundId())) {
                    helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()));
                }
            }
            // The key travels as Message-ID material, so a receiving server can recognise a resend.
            message.setHeader("X-Idempotency-Key", mail.key());
        } catch (AddressException e) {
            outbox.mark(id, Outbox.Status.LOI, "Địa chỉ thư không hợp lệ: " + mail.recipient());
            return;
        }
        sender.send(message);
        outbox.markSent(id, clock.now());
    }
}
