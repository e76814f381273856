package vn.dongthap.tdcs.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A batch of mails over one SMTP connection, reporting each mail as soon as the server has accepted (or refused)
 * it. {@link JavaMailSenderImpl#send(MimeMessage...)} also uses one connection but reports only after the last mail:
 * a node killed half-way through a batch would send every mail accepted before the kill a second time. Reporting
 * each acceptance lets the caller mark that mail sent at once, which narrows SMTP's own window (accepted by the
 * server, not yet marked) to one mail per connection. Connects as JavaMailSenderImpl does.
 */
final class SmtpSession {

    /** What became of one mail. */
    interface Outcome {
        void accepted(MimeMessage message);

        void failed(MimeMessage message, Exception failure);
    }

    private SmtpSession() {
    }

    /** @param sentDate the Date header of mails that have none (the application clock's now) */
    static void sendEach(JavaMailSender sender, List<MimeMessage> messages, Date sentDate, Outcome outcome) {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            for (MimeMessage message : messages) {
                try {
                    sender.send(message);
                    outcome.accepted(message);
                } catch (MailException e) {
                    outcome.failed(message, e);
                }
            }
            return;
        }
        Transport transport = null;
        try {
            for (int i = 0; i < messages.size(); i++) {
                MimeMessage message = messages.get(i);
                if (transport == null || !transport.isConnected()) {
                    close(transport);
                    try {
                        transport = connect(smtp);
                    } catch (MessagingException e) {
                        // No connection: this mail and the rest wait for their next attempt.
                        messages.subList(i, messages.size()).forEach(rest -> outcome.failed(rest, e));
                        return;
                    }
                }
                try {
                    prepare(message, sentDate);
                    Address[] recipients = message.getAllRecipients();
                    transport.sendMessage(message, recipients != null ? recipients : new Address[0]);
                } catch (MessagingException | RuntimeException e) {
                    outcome.failed(message, e);
                    continue;
                }
                outcome.accepted(message);
            }
        } finally {
            close(transport);
        }
    }

    private static Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
        String username = smtp.getUsername();
        String password = smtp.getPassword();
        if ("".equals(username)) {
            username = null;
            if ("".equals(password)) {
                password = null;
            }
        }
        Transport transport = smtp.getSession().getTransport(smtp.getProtocol() != null ? smtp.getProtocol() : "smtp");
        transport.connect(smtp.getHost(), smtp.getPort(), username, password);
        return transport;
    }

    /** As JavaMailSenderImpl does before sending: a sent date, and a Message-ID that survives saveChanges. */
    private static void prepare(MimeMessage message, Date sentDate) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(sentDate);
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the mails' outcomes are already known
            }
        }
    }
}
