package vn.dongthap.tdcs.amendment;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/** Task_RegisterProposal: the officer's unit, a key like DX-2026-0007, the checked proposal stored. */
@Component("registerProposal")
class RegisterProposalDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final ProposalForm form;
    private final PlanRegisterQueries register;
    private final AppClock clock;

    RegisterProposalDelegate(Proposals proposals, ProposalForm form, PlanRegisterQueries register, AppClock clock) {
        this.proposals = proposals;
        this.form = form;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String user = ProposalInputs.currentUser(execution);
        String unitId = unitOf(execution, user);
        LocalDate today = clock.today();
        long versionId = register.versionInForce(today)
                .orElseThrow(() -> ProposalForm.invalid(AmendmentRequestModel.TARGET_STT.name(),
                        "Chưa có phiên bản kế hoạch nào có hiệu lực."));
        ProposalForm.Input input = form.read(execution, versionId);
        String key = proposals.nextKey(today.getYear());
        proposals.insert(key, unitId, input.kind(), versionId, input.targetStt(), input.changes(), input.regime(),
                input.reason(), user, clock.now());
        execution.setProcessBusinessKey(key);
        AmendmentRequestModel.PROPOSAL_KEY.set(execution, key);
        AmendmentRequestModel.UNIT_NAME.set(execution, register.unit(unitId).map(PlanViews.Unit::name).orElse(unitId));
        AmendmentRequestModel.KIND_LABEL.set(execution, input.kind().label());
    }

    /** The unit whose officers' group the proposer belongs to; exactly one, or the proposal is refused. */
    private static String unitOf(DelegateExecution execution, String user) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        List<String> units = (auth == null || auth.getGroupIds() == null ? List.<String>of() : auth.getGroupIds()).stream()
                .filter(g -> g.endsWith(".can-bo")).map(g -> g.substring(0, g.length() - ".can-bo".length())).toList();
        if (units.size() != 1) {
            throw new InvalidFormInputException("unitId", units.isEmpty()
                    ? "Tài khoản " + user + " không thuộc nhóm cán bộ của đơn vị nào: chỉ cán bộ đơn vị được đề xuất sửa đổi Kế hoạch."
                    : "Tài khoản " + user + " thuộc nhiều đơn vị (" + String.join(", ", units)
                            + "): hãy dùng tài khoản của một đơn vị.");
        }
        return units.get(0);
    }
}
