package vn.dongthap.tdcs.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.dongthap.tdcs.identity.AccessPolicy;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.CurrentUser;

/**
 * The signed consolidated report of a round (PDF) and the history of its dispatch. Tasklist forms have no file
 * picker: the consolidator's task links to the page ky-gui.html, which uploads here with the same login.
 */
@RestController
@RequestMapping("/api/rounds/{key}/dispatch")
class RoundDispatchController {

    private final ReportRounds rounds;
    private final RoundDocuments documents;
    private final RoundDispatches dispatches;
    private final ReportingProperties properties;
    private final AccessPolicy access;
    private final AppClock clock;

    RoundDispatchController(ReportRounds rounds, RoundDocuments documents, RoundDispatches dispatches,
                            ReportingProperties properties, AccessPolicy access, AppClock clock) {
        this.rounds = rounds;
        this.documents = documents;
        this.dispatches = dispatches;
        this.properties = properties;
        this.access = access;
        this.clock = clock;
    }

    static String fileUrl(String roundKey, long fileId) {
        return "/api/rounds/" + roundKey + "/dispatch/signed-files/" + fileId;
    }

    static String uploadPage(String roundKey) {
        return "/ky-gui.html?round=" + roundKey;
    }

    /** Every signed file uploaded, every submission to the leader with its decision, and the dispatch. */
    @GetMapping
    History history(@PathVariable String key, HttpServletRequest request) {
        requireReader(request);
        ReportRound round = find(key);
        return new History(round.key(), round.title(), dispatches.files(round.id()), dispatches.reviews(round.id()),
                dispatches.dispatch(round.id()).orElse(null));
    }

    @PostMapping(path = "/signed-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RoundDispatches.SignedFile> upload(@PathVariable String key, @RequestParam("file") MultipartFile file,
                                                      HttpServletRequest request) throws IOException {
        CurrentUser user = CurrentUser.of(request);
        if (!access.mayPrepareDispatch(user)) {
            throw status(HttpStatus.FORBIDDEN, "Chỉ cán bộ tổng hợp của Chi nhánh NHCSXH tỉnh được tải lên báo cáo tổng hợp đã ký.");
        }
        ReportRound round = find(key);
        refuseUnlessAwaitingSignature(round);
        String fileName = SignedReportFile.safeName(file.getOriginalFilename());
        byte[] content = file.getBytes();
        try {
            SignedReportFile.checkPdf(fileName, content, properties.attachmentMaxBytes());
        } catch (IllegalArgumentException e) {
            throw status(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        long id = dispatches.storeFile(round.id(), SignedReportFile.storedName(fileName, SignedReportFile.PDF), content,
                user.userId(), clock.now());
        return ResponseEntity.status(HttpStatus.CREATED).body(dispatches.file(round.id(), id).orElseThrow());
    }

    @GetMapping("/signed-files/{id}")
    ResponseEntity<byte[]> download(@PathVariable String key, @PathVariable long id, HttpServletRequest request) {
        requireReader(request);
        ReportRound round = find(key);
        RoundDispatches.SignedFile file = dispatches.file(round.id(), id)
                .orElseThrow(() -> status(HttpStatus.NOT_FOUND, "Kỳ báo cáo " + key + " không có tệp đã ký số " + id + "."));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(dispatches.content(round.id(), id).orElseThrow());
    }

    /** Signed files are uploaded between the consolidated documents and the leader's approval, and not while she decides. */
    private void refuseUnlessAwaitingSignature(ReportRound round) {
        if (round.status() == RoundStatus.DANG_MO) {
            throw status(HttpStatus.CONFLICT, "Kỳ báo cáo " + round.key()
                    + " chưa đóng: báo cáo tổng hợp được lập sau khi đóng kỳ, rồi mới tải lên bản đã ký.");
        }
        if (round.status() == RoundStatus.DA_GUI) {
            throw status(HttpStatus.CONFLICT, "Báo cáo tổng hợp của kỳ " + round.key() + " đã gửi, không tải lên thêm được.");
        }
        if (documents.find(round.id(), RoundDocuments.Kind.WORD).isEmpty()) {
            throw status(HttpStatus.CONFLICT, "Kỳ báo cáo " + round.key() + " chưa có báo cáo tổng hợp (đang lập).");
        }
        Optional<RoundDispatches.Review> pending = dispatches.pending(round.id());
        if (pending.isPresent()) {
            throw status(HttpStatus.CONFLICT, "Báo cáo tổng hợp số " + pending.get().documentNumber()
                    + " đang chờ lãnh đạo Chi nhánh duyệt; chỉ tải lên bản mới khi lãnh đạo trả lại.");
        }
    }

    record History(String roundKey, String roundTitle, List<RoundDispatches.SignedFile> signedFiles,
                   List<RoundDispatches.Review> reviews, RoundDispatches.Dispatch dispatch) {
    }

    private ReportRound find(String key) {
        return rounds.findByKey(key).orElseThrow(() -> status(HttpStatus.NOT_FOUND, "Không có kỳ báo cáo " + key + "."));
    }

    private void requireReader(HttpServletRequest request) {
        if (!access.maySeeRoundDocuments(CurrentUser.of(request))) {
            throw status(HttpStatus.FORBIDDEN,
                    "Chỉ cán bộ tổng hợp, lãnh đạo Chi nhánh NHCSXH tỉnh, UBND tỉnh và cán bộ quản lý được xem báo cáo tổng hợp.");
        }
    }

    private static ResponseStatusException status(HttpStatus status, String message) {
        return new ResponseStatusException(status, message);
    }
}
