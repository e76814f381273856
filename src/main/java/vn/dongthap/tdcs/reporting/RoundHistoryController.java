package vn.dongthap.tdcs.reporting;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dongthap.tdcs.identity.AccessPolicy;
import vn.dongthap.tdcs.platform.CurrentUser;

/**
 * The history of a round and of one unit's report (/lich-su.html). The watchers of rounds see every unit; a unit's
 * leader sees the round's milestones and their own unit only, as on the dashboard.
 */
@RestController
@RequestMapping("/api/history/rounds/{key}")
class RoundHistoryController {

    private final ReportRounds rounds;
    private final RoundHistory history;
    private final AccessPolicy access;

    RoundHistoryController(ReportRounds rounds, RoundHistory history, AccessPolicy access) {
        this.rounds = rounds;
        this.history = history;
        this.access = access;
    }

    @GetMapping
    RoundHistory.RoundView round(@PathVariable String key, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        RoundHistory.RoundView view = history.of(find(key), unitId -> access.maySeeUnitRow(user, unitId));
        if (view.units().isEmpty() && !access.maySeeEveryUnit(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ cán bộ quản lý, cán bộ tổng hợp, UBND tỉnh và lãnh đạo các đơn vị trong kỳ xem được lịch sử kỳ báo cáo.");
        }
        return view;
    }

    @GetMapping("/units/{unitId}")
    RoundHistory.UnitView unit(@PathVariable String key, @PathVariable String unitId, HttpServletRequest request) {
        if (!access.maySeeUnitRow(CurrentUser.of(request), unitId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Lãnh đạo đơn vị chỉ xem được lịch sử báo cáo của đơn vị mình.");
        }
        ReportRound round = find(key);
        if (rounds.unit(round.id(), unitId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Đơn vị này không thuộc kỳ báo cáo " + key + ".");
        }
        return history.of(round, unitId);
    }

    private ReportRound find(String key) {
        return rounds.findByKey(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kỳ báo cáo " + key + "."));
    }
}
