package vn.dongthap.tdcs.plan;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dongthap.tdcs.plan.PlanViews.Collective;
import vn.dongthap.tdcs.plan.PlanViews.Item;
import vn.dongthap.tdcs.plan.PlanViews.Unit;
import vn.dongthap.tdcs.plan.PlanViews.Version;
import vn.dongthap.tdcs.plan.PlanViews.VersionSummary;
import vn.dongthap.tdcs.platform.AppClock;

/** Read-only JSON API of the plan register (under /api, which requires a login). */
@RestController
@RequestMapping("/api")
class PlanRegisterController {

    private final PlanRegisterQueries queries;
    private final AppClock clock;

    PlanRegisterController(PlanRegisterQueries queries, AppClock clock) {
        this.clock = clock;
        this.queries = queries;
    }

    @GetMapping("/units")
    List<Unit> units() {
        return queries.units();
    }

    @GetMapping("/units/{id}")
    Unit unit(@PathVariable String id) {
        return queries.unit(id).orElseThrow(() -> notFound("Không có đơn vị mã \"" + id + "\"."));
    }

    @GetMapping("/unit-collectives")
    List<Collective> collectives() {
        return queries.collectives();
    }

    @GetMapping("/plan/versions")
    List<VersionSummary> versions() {
        return queries.versions();
    }

    @GetMapping("/plan/versions/current")
    Version current() {
        long id = queries.versionInForce(clock.today())
                .orElseThrow(() -> notFound("Chưa có phiên bản kế hoạch nào có hiệu lực."));
        return version(id);
    }

    @GetMapping("/plan/versions/{id}")
    Version version(@PathVariable long id) {
        return queries.version(id).orElseThrow(() -> notFound("Không có phiên bản kế hoạch số " + id + "."));
    }

    @GetMapping("/plan/versions/{id}/items")
    List<Item> items(@PathVariable long id, @RequestParam(required = false) String unitId) {
        version(id);
        if (unitId != null) {
            unit(unitId);
        }
        return queries.items(id, unitId);
    }

    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
