package vn.dongthap.tdcs.notification;

import java.util.List;

/** Files to attach to a mail about a reporting round; provided by the reporting feature. */
public interface MailAttachments {

    record Attachment(String fileName, byte[] content) {
    }

    List<Attachment> forRound(long roundId);
}
