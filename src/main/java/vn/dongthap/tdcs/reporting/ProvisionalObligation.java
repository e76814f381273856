package vn.dongthap.tdcs.reporting;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanViews;

/**
 * Whether a unit of a round must report (plan III.1: "Các sở, ngành Tỉnh và Ủy ban nhân dân cấp xã") or is only
 * invited to contribute (III.3: "Đề nghị" Ủy ban MTTQ and the socio-political organisations). PROVISIONAL: until the
 * obligation is data of the plan (issue 13, obligation part), the unit kinds in app.reporting.invited-unit-kinds are
 * invited. When it lands, {@link #isObligated} reads it instead; the consolidated report asks nothing else.
 */
@Component
class ProvisionalObligation {

    private final Set<String> invitedKinds;

    /** Bound like any list property: a YAML list, or APP_REPORTING_INVITEDUNITKINDS=mat-tran,to-chuc-ctxh. */
    ProvisionalObligation(Environment environment) {
        this.invitedKinds = Set.copyOf(Binder.get(environment)
                .bind("app.reporting.invited-unit-kinds", Bindable.listOf(String.class)).orElse(List.of()));
    }

    boolean isObligated(ReportRound round, PlanViews.Unit unit) {
        return !invitedKinds.contains(unit.kind());
    }
}
