package vn.dongthap.tdcs.reporting;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;

/**
 * Who receives a round's consolidated report: the one place the dispatch mail and the Word report's "Nơi nhận" ask.
 * Today the reporting regime's consolidatedTo of the round's plan version (ke-hoach-752.yaml); when the recipients
 * become regime data of their own (issue 13, obligation part), only this method changes.
 */
@Component
class ConsolidatedRecipients {

    private final PlanRegisterQueries plan;

    ConsolidatedRecipients(PlanRegisterQueries plan) {
        this.plan = plan;
    }

    /** In the regime's order; ids the unit register no longer has are left out. */
    List<PlanViews.Unit> of(ReportRound round) {
        PlanViews.Version version = plan.version(round.planVersionId()).orElseThrow();
        return version.reportingRegime().consolidatedTo().stream()
                .map(plan::unit).flatMap(java.util.Optional::stream).toList();
    }
}
