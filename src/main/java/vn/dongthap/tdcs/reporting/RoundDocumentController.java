package vn.dongthap.tdcs.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
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

/** Rounds and their consolidated documents, for the consolidators, the branch leaders, UBND tỉnh and managers. */
@RestController
@RequestMapping("/api/rounds")
class RoundDocumentController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportRounds rounds;
    private final UnitStates states;
    private final RoundDocuments documents;
    private final AccessPolicy access;
    private final RoundProgress progress;

    RoundDocumentController(ReportRounds rounds, UnitStates states, RoundDocuments documents, AccessPolicy access,
                            RoundProgress progress) {
        this.rounds = rounds;
        this.states = states;
        this.documents = documents;
        this.access = access;
        this.progress = progress;
    }

    static String url(String roundKey, RoundDocuments.Kind kind) {
        return "/api/rounds/" + roundKey + "/documents/" + kind.name().toLowerCase(Locale.ROOT);
    }

    @GetMapping
    List<ReportRound> rounds(HttpServletRequest request) {
        requireReader(request);
        return rounds.all();
    }

    @GetMapping("/{key}")
    RoundView round(@PathVariable String key, HttpServletRequest request) {
        requireReader(request);
        ReportRound round = find(key);
        return new RoundView(round, states.of(round).stream().map(s -> new UnitView(s.unit().unitId(), s.state().code(),
                s.state().label(), s.unit().processInstanceId(), s.unit().lastSubmittedAt(), s.unit().late(),
                s.unit().versions(), s.unit().lastReturnReason())).toList());
    }

    /** While a round opens or closes: how many units are done (the chunk jobs run after the consolidator's click). */
    @GetMapping("/{key}/progress")
    RoundProgress.View progress(@PathVariable String key, HttpServletRequest request) {
        requireReader(request);
        return progress.of(find(key));
    }

    @GetMapping("/{key}/documents/{kind}")
    ResponseEntity<byte[]> document(@PathVariable String key, @PathVariable String kind, HttpServletRequest request) {
        requireReader(request);
        RoundDocuments.Kind documentKind = switch (kind) {
            case "word" -> RoundDocuments.Kind.WORD;
            case "excel" -> RoundDocuments.Kind.EXCEL;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Loại tài liệu \"" + kind + "\" không có; dùng word hoặc excel.");
        };
        RoundDocuments.Document document = documents.find(find(key).id(), documentKind)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Kỳ báo cáo " + key + " chưa có báo cáo tổng hợp (kỳ chưa đóng)."));
        return ResponseEntity.ok()
                .contentType(documentKind == RoundDocuments.Kind.WORD ? DOCX : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .body(document.content());
    }

    record RoundView(ReportRound round, List<UnitView> units) {
    }

    /** A unit's facts and its state (UnitState's code and label). */
    record UnitView(String unitId, String status, String statusLabel, String processInstanceId,
                    java.time.Instant lastSubmittedAt, boolean late, int versions, String lastReturnReason) {
    }

    private ReportRound find(String key) {
        return rounds.findByKey(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có kỳ báo cáo " + key + "."));
    }

    private void requireReader(HttpServletRequest request) {
        if (!access.maySeeRoundDocuments(CurrentUser.of(request))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ cán bộ tổng hợp, lãnh đạo Chi nhánh NHCSXH tỉnh, UBND tỉnh và cán bộ quản lý được xem kỳ báo cáo.");
        }
    }
}
