package vn.dongthap.tdcs.amendment.documents;

import static vn.dongthap.tdcs.documents.DocumentFormats.hasText;
import static vn.dongthap.tdcs.documents.DocumentFormats.orEmpty;
import static vn.dongthap.tdcs.documents.DocumentFormats.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.amendment.documents.AmendmentSubmission.Proposal;
import vn.dongthap.tdcs.documents.DocumentFormats;
import vn.dongthap.tdcs.documents.AdministrativeHeading;
import vn.dongthap.tdcs.documents.DocumentIssuer;
import vn.dongthap.tdcs.documents.Docx;
import vn.dongthap.tdcs.documents.Docx.Style;
import vn.dongthap.tdcs.documents.DocxTable;

/**
 * The tờ trình by which Chi nhánh NHCSXH tỉnh submits a batch of amendment proposals to UBND tỉnh, as a .docx in
 * the layout of Nghị định 30/2020/NĐ-CP.
 *
 * <p>Heading, title and introduction sit on portrait pages like any other document; the nine-column proposal
 * table and everything after it go onto landscape pages, because long plan wording in columns a few
 * centimetres wide would otherwise run to dozens of lines per row.
 */
@Component
public class SubmissionWordWriter {

    /** When the submission names no addressee: the deciding authority as plan III.5 calls it. */
    static final String DEFAULT_ADDRESSEE = "Ủy ban nhân dân tỉnh";
    /** Quoted word for word: the submission's authority is this clause of the plan. */
    static final String AMENDMENT_CLAUSE = "Trong quá trình tổ chức thực hiện Kế hoạch, trường hợp cần sửa đổi, bổ sung, "
            + "các sở, ngành, địa phương chủ động đề xuất, gửi Chi nhánh Ngân hàng Chính sách xã hội Tỉnh tổng hợp, "
            + "báo cáo Ủy ban nhân dân Tỉnh xem xét, quyết định";
    static final String CLOSING = "Chi nhánh Ngân hàng Chính sách xã hội tỉnh kính trình Ủy ban nhân dân tỉnh "
            + "xem xét, quyết định./.";
    static final String NO_PROPOSALS = "Đợt tổng hợp này không có đề xuất nào.";
    static final String DEFAULT_CONSOLIDATOR = "Chi nhánh Ngân hàng Chính sách xã hội tỉnh";

    static final List<String> COLUMNS = List.of("STT", "Mã đề xuất", "Đơn vị đề xuất", "Loại đề xuất",
            "Nhiệm vụ (STT)", "Nội dung hiện hành", "Nội dung đề xuất", "Lý do", "Ý kiến của Chi nhánh NHCSXH tỉnh");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final Style BODY = Style.BODY;
    private static final Style TITLE = BODY.size(14).bold();
    /** The decree allows 12–13 pt for the national title and the issuing body's name; 13 would not fit one line. */
    private static final Style ADDRESSEE_STYLE = BODY.size(14);
    /** Nine columns even on a landscape page: two points below the body keeps the rows readable but short. */
    private static final Style TABLE = BODY.size(11);
    private static final Style RECIPIENTS_TITLE = BODY.size(12).bold().italic();
    private static final Style RECIPIENTS = BODY.size(11);

    /*
     * A landscape page is the portrait page turned a quarter: the 3 cm binding margin, on the left of portrait
     * pages, is at the top of landscape pages so that both bind along the same edge.
     */
    static final int LANDSCAPE_MARGIN_TOP = Docx.MARGIN_LEFT;
    static final int LANDSCAPE_MARGIN_BOTTOM = Docx.MARGIN_RIGHT;
    static final int LANDSCAPE_MARGIN_LEFT = Docx.MARGIN_TOP;
    static final int LANDSCAPE_MARGIN_RIGHT = Docx.MARGIN_BOTTOM;
    static final int LANDSCAPE_TEXT_WIDTH = Docx.A4_HEIGHT - LANDSCAPE_MARGIN_LEFT - LANDSCAPE_MARGIN_RIGHT;

    // Column widths in twips; each set adds up to the text width of its page.
    /** The branch's opinion takes what the other eight columns leave. */
    private static final int[] PROPOSAL_WIDTHS = {500, 1500, 1600, 1000, 1000, 2600, 2600, 1770,
            LANDSCAPE_TEXT_WIDTH - (500 + 1500 + 1600 + 1000 + 1000 + 2600 + 2600 + 1770)};
    private static final int[] CLOSING_WIDTHS = {LANDSCAPE_TEXT_WIDTH / 2,
            LANDSCAPE_TEXT_WIDTH - LANDSCAPE_TEXT_WIDTH / 2};
    private static final List<ParagraphAlignment> PROPOSAL_ALIGNMENTS = List.of(ParagraphAlignment.CENTER,
            ParagraphAlignment.CENTER, ParagraphAlignment.LEFT, ParagraphAlignment.CENTER, ParagraphAlignment.CENTER,
            ParagraphAlignment.LEFT, ParagraphAlignment.LEFT, ParagraphAlignment.LEFT, ParagraphAlignment.LEFT);

    private final DocumentIssuer issuer;

    public SubmissionWordWriter(DocumentIssuer issuer) {
        this.issuer = issuer;
    }

    public byte[] write(AmendmentSubmission submission) {
        Objects.requireNonNull(submission, "submission");
        List<Proposal> proposals = orEmpty(submission.proposals()).stream().filter(Objects::nonNull).toList();
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx.a4Portrait(doc);
            AdministrativeHeading.write(doc, issuer, issuer.blankNumberLine(issuer.submissionSymbol()), submission.date());
            writeTitle(doc, submission);
            XWPFParagraph lastPortrait = writeIntroduction(doc, submission, proposals);
            continueInLandscape(doc, lastPortrait);
            writeProposalTable(doc, proposals);
            writeClosing(doc);
            return Docx.toBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp Word tờ trình sửa đổi, bổ sung kế hoạch", e);
        }
    }

    private void writeTitle(XWPFDocument doc, AmendmentSubmission submission) {
        Docx.centered(doc, "TỜ TRÌNH", TITLE).setSpacingBefore(360);
        Docx.centered(doc, subject(submission), TITLE).setSpacingAfter(240);
        Docx.centered(doc, addressee(submission), ADDRESSEE_STYLE).setSpacingAfter(240);
    }

    /** "Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp." */
    static String addressee(AmendmentSubmission submission) {
        return "Kính gửi: " + (hasText(submission.addressee()) ? text(submission.addressee()) : DEFAULT_ADDRESSEE) + ".";
    }

    static String subject(AmendmentSubmission submission) {
        return "Về việc sửa đổi, bổ sung " + planReference(submission);
    }

    /** "Kế hoạch số 752/KH-UBND của Ủy ban nhân dân tỉnh Đồng Tháp", leaving out whatever is unknown. */
    static String planReference(AmendmentSubmission submission) {
        StringBuilder reference = new StringBuilder("Kế hoạch");
        if (hasText(submission.planNumber())) {
            reference.append(" số ").append(text(submission.planNumber()));
        }
        if (hasText(submission.planIssuer())) {
            reference.append(" của ").append(text(submission.planIssuer()));
        }
        return reference.toString();
    }

    /** Returns the last paragraph, which is where the portrait section has to end. */
    private XWPFParagraph writeIntroduction(XWPFDocument doc, AmendmentSubmission submission,
                                            List<Proposal> proposals) {
        Docx.body(doc, clauseCitation(submission), BODY);
        return Docx.body(doc, proposalCount(submission, proposals), BODY);
    }

    static String clauseCitation(AmendmentSubmission submission) {
        StringBuilder sentence = new StringBuilder("Tại mục III.5 ").append(planReference(submission));
        if (hasText(submission.planTitle())) {
            sentence.append(" (").append(text(submission.planTitle())).append(')');
        }
        return sentence.append(" quy định: “").append(AMENDMENT_CLAUSE).append("”.").toString();
    }

    static String proposalCount(AmendmentSubmission submission, List<Proposal> proposals) {
        String consolidator = hasText(submission.consolidatorName()) ? text(submission.consolidatorName())
                : DEFAULT_CONSOLIDATOR;
        if (proposals.isEmpty()) {
            return "Thực hiện quy định trên, " + consolidator + " chưa nhận được đề xuất sửa đổi, bổ sung nào.";
        }
        String breakdown = kindBreakdown(proposals);
        return "Thực hiện quy định trên, " + consolidator + " đã tiếp nhận, rà soát và tổng hợp " + proposals.size()
                + " đề xuất sửa đổi, bổ sung Kế hoạch của các sở, ngành, địa phương"
                + (breakdown.isEmpty() ? "" : " (" + breakdown + ")") + ", cụ thể như sau:";
    }

    /** "1 đề xuất sửa đổi, 1 đề xuất bổ sung, 1 đề xuất bãi bỏ", in the order the kinds first appear. */
    static String kindBreakdown(List<Proposal> proposals) {
        Map<String, Long> counts = proposals.stream().filter(proposal -> hasText(proposal.kindLabel()))
                .collect(Collectors.groupingBy(proposal -> text(proposal.kindLabel()).toLowerCase(VIETNAMESE),
                        LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(entry -> entry.getValue() + " đề xuất " + entry.getKey())
                .collect(Collectors.joining(", "));
    }

    /*
     * Word stores a section's page setup on the paragraph that ends it, and the last section's on the body:
     * the portrait setup moves onto the given paragraph and the body's becomes landscape.
     */
    private static void continueInLandscape(XWPFDocument doc, XWPFParagraph endOfPortrait) {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        CTP paragraph = endOfPortrait.getCTP();
        CTPPr properties = paragraph.isSetPPr() ? paragraph.getPPr() : paragraph.addNewPPr();
        properties.setSectPr(section);

        CTPageSz size = section.getPgSz();
        size.setW(BigInteger.valueOf(Docx.A4_HEIGHT));
        size.setH(BigInteger.valueOf(Docx.A4_WIDTH));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.getPgMar();
        margins.setTop(BigInteger.valueOf(LANDSCAPE_MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(LANDSCAPE_MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(LANDSCAPE_MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(LANDSCAPE_MARGIN_RIGHT));
    }

    private void writeProposalTable(XWPFDocument doc, List<Proposal> proposals) {
        if (proposals.isEmpty()) {
            Docx.body(doc, NO_PROPOSALS, BODY.italic());
            return;
        }
        DocxTable table = DocxTable.create(doc, PROPOSAL_WIDTHS).header(TABLE, COLUMNS);
        int number = 1;
        for (Proposal proposal : proposals) {
            table.row(TABLE, cells(number++, proposal), PROPOSAL_ALIGNMENTS);
        }
    }

    /** In the order of {@link #COLUMNS}. */
    static List<String> cells(int number, Proposal proposal) {
        return List.of(String.valueOf(number), text(proposal.key()), text(proposal.unitName()),
                text(proposal.kindLabel()), text(proposal.stt()), text(proposal.currentText()),
                text(proposal.proposedText()), text(proposal.reason()), text(proposal.branchOpinion()));
    }

    /** "Nơi nhận" on the left and the signer's title on the right, as the decree lays out the last page. */
    private void writeClosing(XWPFDocument doc) {
        Docx.body(doc, CLOSING, BODY).setSpacingBefore(240);

        DocxTable closing = DocxTable.create(doc, CLOSING_WIDTHS).borderless();
        XWPFTableCell recipients = closing.cell(0, 0);
        Docx.line(recipients, "Nơi nhận:", RECIPIENTS_TITLE, ParagraphAlignment.LEFT);
        Docx.line(recipients, "- Như trên;", RECIPIENTS, ParagraphAlignment.LEFT);
        Docx.line(recipients, "- Lưu: VT.", RECIPIENTS, ParagraphAlignment.LEFT);

        Docx.line(closing.cell(0, 1), DocumentFormats.upperCase(issuer.signerTitle()), BODY.bold(), ParagraphAlignment.CENTER);
        // Word expects the body to end with a paragraph, not a table.
        doc.createParagraph();
    }
}
