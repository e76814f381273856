package vn.dongthap.tdcs.reporting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.notification.MailAttachments;

/** The consolidated Word report and Excel workbook travel with the dispatch mail. */
@Component
class RoundMailAttachments implements MailAttachments {

    private final RoundDocuments documents;

    RoundMailAttachments(RoundDocuments documents) {
        this.documents = documents;
    }

    @Override
    public List<Attachment> forRound(long roundId) {
        List<Attachment> attachments = new ArrayList<>();
        for (RoundDocuments.Kind kind : RoundDocuments.Kind.values()) {
            documents.find(roundId, kind).ifPresent(d -> attachments.add(new Attachment(d.fileName(), d.content())));
        }
        return attachments;
    }
}
