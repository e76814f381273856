package vn.dongthap.tdcs.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
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
 * The signed report file of a unit (PDF or DOCX). Camunda Forms in Tasklist have no file picker, so
 * the draft form links to the page dinh-kem.html, which uploads here with the same login.
 */
@RestController
@RequestMapping("/api/rounds/{key}/units/{unitId}/attachments")
class ReportAttachmentController {

    private final ReportRounds rounds;
    private final ReportAttachments attachments;
    private final ReportingProperties properties;
    private final AccessPolicy access;
    private final AppClock clock;
    private final vn.dongthap.tdcs.identity.PersonNames names;

    ReportAttachmentController(ReportRounds rounds, ReportAttachments attachments, ReportingProperties properties,
                               AccessPolicy access, AppClock clock, vn.dongthap.tdcs.identity.PersonNames names) {
        this.names = names;
        this.clock = clock;
        this.rounds = rounds;
        this.attachments = attachments;
        this.properties = properties;
        this.access = access;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReportAttachments.Attachment> upload(@PathVariable String key, @PathVariable String unitId,
                                                        @RequestParam("file") MultipartFile file,
                                                        HttpServletRequest request) throws IOException {
        CurrentUser user = CurrentUser.of(request);
        if (!access.mayAttachFor(user, unitId)) {
            throw status(HttpStatus.FORBIDDEN, "Chỉ cán bộ và lãnh đạo của đơn vị được đính kèm báo cáo của đơn vị.");
        }
        ReportRound round = roundOf(key, unitId);
        if (round.status() != RoundStatus.DANG_MO) {
            throw status(HttpStatus.CONFLICT, "Kỳ báo cáo " + key + " đã đóng, không đính kèm thêm được.");
        }
        String fileName = SignedReportFile.safeName(file.getOriginalFilename());
        String contentType;
        try {
            contentType = SignedReportFile.check(fileName, file.getBytes(), properties.attachmentMaxBytes());
        } catch (IllegalArgumentException e) {
            throw status(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        // Stored under the extension of what it is, so that a PDF named .exe or .html opens as a PDF.
        long id = attachments.store(round.id(), unitId, SignedReportFile.storedName(fileName, contentType), contentType,
                file.getBytes(), user.userId(), clock.now());
        ReportAttachments.Attachment stored = attachments.list(round.id(), unitId).stream()
                .filter(a -> a.id() == id).findFirst().orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }

    /** An attached file as the page lists it: who uploaded it by name (uploadedBy stays for programs). */
    record Listed(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                  String uploadedByName, java.time.Instant uploadedAt) {
    }

    @GetMapping
    List<Listed> list(@PathVariable String key, @PathVariable String unitId, HttpServletRequest request) {
        requireReader(CurrentUser.of(request), unitId);
        List<ReportAttachments.Attachment> files = attachments.list(roundOf(key, unitId).id(), unitId);
        var uploaders = names.users(files.stream().map(ReportAttachments.Attachment::uploadedBy).distinct().toList());
        return files.stream().map(f -> new Listed(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.uploadedBy(),
                uploaders.get(f.uploadedBy()), f.uploadedAt())).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable String key, @PathVariable String unitId, @PathVariable long id,
                                    HttpServletRequest request) {
        requireReader(CurrentUser.of(request), unitId);
        long roundId = roundOf(key, unitId).id();
        ReportAttachments.Attachment attachment = attachments.list(roundId, unitId).stream()
                .filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> status(HttpStatus.NOT_FOUND, "Không có tệp đính kèm số " + id + "."));
        byte[] content = attachments.content(roundId, unitId, id).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .body(content);
    }

    private ReportRound roundOf(String key, String unitId) {
        ReportRound round = rounds.findByKey(key)
                .orElseThrow(() -> status(HttpStatus.NOT_FOUND, "Không có kỳ báo cáo " + key + "."));
        if (rounds.unit(round.id(), unitId).isEmpty()) {
            throw status(HttpStatus.NOT_FOUND, "Đơn vị \"" + unitId + "\" không thuộc kỳ báo cáo " + key + ".");
        }
        return round;
    }

    private void requireReader(CurrentUser user, String unitId) {
        if (!access.maySeeAttachments(user, unitId)) {
            throw status(HttpStatus.FORBIDDEN, "Không có quyền xem tệp đính kèm của đơn vị này.");
        }
    }

    private static ResponseStatusException status(HttpStatus status, String message) {
        return new ResponseStatusException(status, message);
    }
}
