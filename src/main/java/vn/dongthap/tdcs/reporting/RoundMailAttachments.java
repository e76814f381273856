package vn.dongthap.tdcs.reporting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.notification.MailAttachments;

/**
 * What the dispatch mail carries: the signed PDF the branch leader approved, then the consolidated Word report and
 * the Excel workbook as appendices. Read when the mail leaves the outbox, from the round's dispatch record, so a
 * file uploaded later never replaces the approved one.
 */
@Component
class RoundMailAttachments implements MailAttachments {

    private final RoundDocuments documents;
    private final RoundDispatches dispatches;

    RoundMailAttachments(RoundDocuments documents, RoundDispatches dispatches) {
        this.documents = documents;
        this.dispatches = dispatches;
    }

    @Override
    public List<Attachment> forRound(long roundId) {
        List<Attachment> attachments = new ArrayList<>();
        var dispatch = dispatches.dispatch(roundId);
        dispatch.ifPresent(d -> attachments.add(new Attachment(signedFileName(d.documentNumber()),
                dispatches.content(roundId, d.signedFileId()).orElseThrow())));
        int appendix = 1;
        for (RoundDocuments.Kind kind : RoundDocuments.Kind.values()) {
            var document = documents.find(roundId, kind);
            if (document.isPresent()) {
                // Mails of rounds dispatched before signed reports existed carried the two files under their own names.
                String name = dispatch.isPresent() ? "Phu-luc-%02d-%s".formatted(appendix++, document.get().fileName())
                        : document.get().fileName();
                attachments.add(new Attachment(name, document.get().content()));
            }
        }
        return attachments;
    }

    /** "125/BC-NHCSXH" → "125-BC-NHCSXH.pdf": the number is what the recipient files it under. */
    static String signedFileName(String documentNumber) {
        return documentNumber.replaceAll("[^\\p{L}\\d.-]+", "-") + ".pdf";
    }
}
