package vn.dongthap.tdcs.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;

/**
 * Who receives a round's consolidated report (unit ids of the register), the one answer for the dispatch, the
 * Word/Excel heading and the mails: the annual round goes to the plan regime's recipients (III.6: UBND tỉnh and Ngân
 * hàng Nhà nước Việt Nam); a thematic or ad-hoc request to the authority that asked; a "vướng mắc" report a unit
 * raised to that unit and to the plan's issuer (UBND tỉnh), which resolves difficulties.
 */
@Service
public class RoundRecipients {

    private final PlanRegisterQueries plan;

    RoundRecipients(PlanRegisterQueries plan) {
        this.plan = plan;
    }

    public List<String> of(ReportRound round) {
        PlanViews.Version version = plan.version(round.planVersionId()).orElseThrow();
        if (round.kind() == RoundKind.HANG_NAM || round.requestedByUnit() == null) {
            return version.reportingRegime().consolidatedTo();
        }
        List<String> recipients = new ArrayList<>();
        if (round.raisedByUnit()) {
            recipients.add(version.issuerUnit());
        }
        if (!recipients.contains(round.requestedByUnit())) {
            recipients.add(round.requestedByUnit());
        }
        return recipients;
    }

    /** The recipients as units of the register, in order; ids the register no longer has are left out. */
    public List<PlanViews.Unit> units(ReportRound round) {
        return of(round).stream().map(plan::unit).flatMap(Optional::stream).toList();
    }

    /** The recipients' full names, in order. */
    public List<String> names(ReportRound round) {
        return of(round).stream().map(id -> plan.unit(id).map(PlanViews.Unit::name).orElse(id)).toList();
    }
}
