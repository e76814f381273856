package vn.dongthap.tdcs.amendment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dongthap.tdcs.identity.AccessPolicy;
import vn.dongthap.tdcs.platform.CurrentUser;

/** Amendment proposals and the tờ trình of a batch, for the branch, UBND tỉnh, managers and the proposing unit. */
@RestController
@RequestMapping("/api/amendments")
class AmendmentController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Proposals proposals;
    private final AmendmentBatches batches;
    private final AccessPolicy access;

    private final vn.dongthap.tdcs.plan.PlanRegisterQueries register;

    AmendmentController(Proposals proposals, AmendmentBatches batches, AccessPolicy access,
                        vn.dongthap.tdcs.plan.PlanRegisterQueries register) {
        this.register = register;
        this.proposals = proposals;
        this.batches = batches;
        this.access = access;
    }

    static String submissionUrl(String batchKey) {
        return "/api/amendments/batches/" + batchKey + "/submission";
    }

    /** For the managers' page de-xuat.html: every proposal, its stage and, once decided, the decision. */
    @GetMapping("/proposals")
    List<ListedView> proposals(HttpServletRequest request) {
        if (!access.maySeeProposals(CurrentUser.of(request))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ Chi nhánh NHCSXH tỉnh, UBND tỉnh và cán bộ quản lý xem được danh sách đề xuất.");
        }
        Map<String, String> unitNames = new java.util.HashMap<>();
        register.units().forEach(u -> unitNames.put(u.id(), u.shortName()));
        return proposals.all().stream().map(l -> new ListedView(l.proposal().key(), l.proposal().unitId(),
                unitNames.getOrDefault(l.proposal().unitId(), "(đơn vị không còn trong danh mục)"),
                l.proposal().kind().label(), l.proposal().targetStt(), l.proposal().status().label(),
                l.proposal().decision() == null ? null : l.proposal().decision().label(), l.proposal().decisionNote(),
                l.batchKey(), l.decisionNumber(), l.decisionDate())).toList();
    }

    /** @param unitName what the page shows; unitId for programs that read the list */
    record ListedView(String key, String unitId, String unitName, String kind, String stt, String stage, String decision, String decisionNote,
                      String batchKey, String decisionNumber, java.time.LocalDate decisionDate) {
    }

    @GetMapping("/proposals/{key}")
    ProposalView proposal(@PathVariable String key, HttpServletRequest request) {
        Proposal proposal = proposals.findByKey(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có đề xuất " + key + "."));
        if (!access.maySeeProposal(CurrentUser.of(request), proposal.unitId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Không có quyền xem đề xuất của đơn vị khác.");
        }
        return new ProposalView(proposal, proposal.status().label());
    }

    record ProposalView(Proposal proposal, String statusLabel) {
    }

    @GetMapping("/batches/{key}/submission")
    ResponseEntity<byte[]> submission(@PathVariable String key, HttpServletRequest request) {
        if (!access.maySeeProposals(CurrentUser.of(request))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ Chi nhánh NHCSXH tỉnh, UBND tỉnh và cán bộ quản lý được xem tờ trình.");
        }
        AmendmentBatches.Batch batch = batches.findByKey(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có tờ trình " + key + "."));
        byte[] docx = batches.submissionDocument(batch.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Tờ trình " + key + " chưa được trình."));
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(key + "-to-trinh.docx").build().toString())
                .body(docx);
    }
}
