package vn.dongthap.tdcs.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.CurrentUser;
import vn.dongthap.tdcs.platform.SpreadsheetText;
import vn.dongthap.tdcs.reporting.DatedItems;
import vn.dongthap.tdcs.reporting.ReportRound;
import vn.dongthap.tdcs.reporting.UnitState;
import vn.dongthap.tdcs.reporting.ReportRounds;
import vn.dongthap.tdcs.reporting.RoundDocuments;
import vn.dongthap.tdcs.reporting.RoundStatus;

/**
 * The data behind the round dashboard (/bang-theo-doi.html). Managers, consolidators, UBND tỉnh and the
 * branch leaders see every unit; a unit's leader sees only their own unit's row; anyone else is refused.
 */
@RestController
@RequestMapping("/api/dashboard/rounds/{key}")
class DashboardController {

    private static final List<String> CSV_HEADER = List.of("Mã đơn vị", "Đơn vị", "Loại", "Tình trạng", "Thời điểm nộp",
            "Số ngày muộn", "Số lần nộp", "Người/nhóm đang giữ việc", "Nghĩa vụ báo cáo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ReportRounds rounds;
    private final RoundDashboard dashboard;
    private final AccessPolicy access;
    private final AppClock clock;
    private final RoundDocuments documents;

    private final DatedItems datedItems;

    DashboardController(ReportRounds rounds, RoundDashboard dashboard, AccessPolicy access, AppClock clock,
                        RoundDocuments documents, DatedItems datedItems) {
        this.documents = documents;
        this.datedItems = datedItems;
        this.clock = clock;
        this.rounds = rounds;
        this.dashboard = dashboard;
        this.access = access;
    }

    @GetMapping
    RoundDashboard.View round(@PathVariable String key, HttpServletRequest request) {
        ReportRound round = find(key);
        CurrentUser user = CurrentUser.of(request);
        return visible(dashboard.of(round), user).withLinks(links(round, user));
    }

    private RoundDashboard.Links links(ReportRound round, CurrentUser user) {
        boolean documents = access.maySeeRoundDocuments(user);
        var available = documents ? this.documents.available(round.id()) : java.util.Set.<RoundDocuments.Kind>of();
        return new RoundDashboard.Links(access.mayOpenCockpit(user) && round.status() == RoundStatus.DANG_MO,
                true, available.contains(RoundDocuments.Kind.WORD),
                available.contains(RoundDocuments.Kind.EXCEL));
    }

    @GetMapping("/units/{unitId}")
    RoundDashboard.Row unit(@PathVariable String key, @PathVariable String unitId, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        if (!access.maySeeUnitRow(user, unitId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Lãnh đạo đơn vị chỉ xem được tình hình của đơn vị mình.");
        }
        return dashboard.of(find(key)).units().stream().filter(r -> r.unitId().equals(unitId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Đơn vị \"" + unitId + "\" không thuộc kỳ báo cáo " + key + "."));
    }

    /**
     * The plan's dated one-off tasks (row 1.2 "Tháng 12/2025", ...) and each leading unit's latest reported level;
     * a unit's leader sees only their own unit.
     */
    @GetMapping("/dated-items")
    List<DatedItems.DatedItem> datedItems(@PathVariable String key, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        List<DatedItems.DatedItem> all = datedItems.of(find(key));
        if (access.maySeeEveryUnit(user)) {
            return all;
        }
        List<DatedItems.DatedItem> own = all.stream().map(item -> new DatedItems.DatedItem(item.stt(), item.content(),
                item.timing(), item.due(), item.dueText(), item.units().stream()
                        .filter(u -> access.maySeeUnitRow(user, u.unitId())).toList())).toList();
        if (own.stream().allMatch(item -> item.units().isEmpty())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ cán bộ quản lý, cán bộ tổng hợp, UBND tỉnh và lãnh đạo các đơn vị trong kỳ xem được bảng theo dõi.");
        }
        return own;
    }

    @GetMapping("/csv")
    ResponseEntity<byte[]> csv(@PathVariable String key, HttpServletRequest request) {
        RoundDashboard.View view = round(key, request);
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(CSV_HEADER);
        view.figures().forEach(f -> header.add(f.label() + " (" + f.unit() + ")"));
        appendCsvRow(csv, header);
        for (RoundDashboard.Row row : view.units()) {
            // Arrays.asList: empty cells are null.
            List<String> cells = new ArrayList<>(Arrays.asList(row.unitId(), row.unitName(), row.kindLabel(),
                    row.statusLabel(), row.submittedAt() == null ? null : TIME.format(clock.here(row.submittedAt())),
                    row.daysLate() == null ? null : row.daysLate().toString(), String.valueOf(row.versions()),
                    row.holder(), row.obligationLabel()));
            // Figures as Vietnamese writes them (1.500,50), like the page and the Word report.
            Map<String, String> figures = row.figures().stream()
                    .collect(Collectors.toMap(RoundDashboard.FigureValue::key, RoundDashboard.FigureValue::text));
            view.figures().forEach(f -> cells.add(figures.get(f.key())));
            appendCsvRow(csv, cells);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(key + "-tinh-trang.csv").build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private RoundDashboard.View visible(RoundDashboard.View view, CurrentUser user) {
        if (access.maySeeEveryUnit(user)) {
            return view;
        }
        // A unit's leader opens in Tasklist only the approval waiting for them; the officers' draft is not theirs.
        List<RoundDashboard.Row> own = view.units().stream()
                .filter(r -> access.maySeeUnitRow(user, r.unitId()))
                .map(r -> r.taskId() == null || UnitState.CHO_LANH_DAO_DUYET.code().equals(r.status()) ? r
                        : new RoundDashboard.Row(r.unitId(), r.unitName(), r.kind(), r.kindLabel(), r.status(),
                        r.statusLabel(), r.submittedAt(), r.daysLate(), r.versions(), r.holder(), null,
                        r.processInstanceId(), r.figures(), r.obligation(), r.obligationLabel()))
                .toList();
        if (own.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ cán bộ quản lý, cán bộ tổng hợp, UBND tỉnh và lãnh đạo các đơn vị trong kỳ xem được bảng theo dõi.");
        }
        Map<String, Integer> counts = own.stream().collect(Collectors.toMap(RoundDashboard.Row::status, r -> 1, Integer::sum));
        Map<String, Integer> all = new java.util.LinkedHashMap<>();
        view.states().forEach(s -> all.put(s.code(), counts.getOrDefault(s.code(), 0)));
        return new RoundDashboard.View(view.roundKey(), view.title(), view.deadline(), view.roundStatus(), own.size(),
                view.states(), all, view.figures(), own, List.of(), view.deadlineRule(), null, view.links());
    }

    private ReportRound find(String key) {
        return rounds.findByKey(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kỳ báo cáo " + key + "."));
    }

    /** Every cell quoted and neutralised: unit names and task assignees are text other people typed. */
    private static void appendCsvRow(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(SpreadsheetText::csvField).collect(Collectors.joining(","))).append('\n');
    }
}
