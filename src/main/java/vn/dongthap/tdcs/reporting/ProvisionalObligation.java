package vn.dongthap.tdcs.reporting;

import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
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

    ProvisionalObligation(@Value("${app.reporting.invited-unit-kinds:}") List<String> invitedKinds) {
        this.invitedKinds = Set.copyOf(invitedKinds);
    }

    boolean isObligated(ReportRound round, PlanViews.Unit unit) {
        return !invitedKinds.contains(unit.kind());
    }
}
