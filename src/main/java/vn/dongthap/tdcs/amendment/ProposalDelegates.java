package vn.dongthap.tdcs.amendment;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/**
 * The steps of amendment-request that touch one proposal. Each bean is named as the BPMN calls it;
 * they are small enough to read side by side.
 */
@Configuration(proxyBeanMethods = false)
class ProposalDelegates {

    private final Proposals proposals;
    private final ProposalContext context;
    private final ProposalForm form;
    private final PlanRegisterQueries register;
    private final ProposalOutcomeMail outcomes;
    private final AppClock clock;

    ProposalDelegates(Proposals proposals, ProposalContext context, ProposalForm form, PlanRegisterQueries register, ProposalOutcomeMail outcomes, AppClock clock) {
        this.clock = clock;
        this.proposals = proposals;
        this.context = context;
        this.form = form;
        this.register = register;
        this.outcomes = outcomes;
    }

    /** Task_RegisterProposal: the officer's unit, a key like DX-2026-0007, the checked proposal stored. */
    @Bean("registerProposal")
    JavaDelegate registerProposal() {
        return execution -> {
            String user = currentUser(execution);
            String unitId = unitOf(execution, user);
            LocalDate today = clock.today();
            long versionId = register.versionInForce(today)
                    .orElseThrow(() -> ProposalForm.invalid("targetStt", "Chưa có phiên bản kế hoạch nào có hiệu lực."));
            ProposalForm.Input input = form.read(execution, versionId);
            String key = proposals.nextKey(today.getYear());
            proposals.insert(key, unitId, input.kind(), versionId, input.targetStt(), input.changes(),
                    input.reason(), user, clock.now());
            execution.setProcessBusinessKey(key);
            execution.setVariable("proposalKey", key);
            execution.setVariable("unitName", register.unit(unitId).map(PlanViews.Unit::name).orElse(unitId));
            execution.setVariable("kindLabel", input.kind().label());
        };
    }

    /** End of Task_ReviseProposal and Task_AnswerClarification: the revised proposal must still be valid. */
    @Bean("proposalRevisionValidator")
    ExecutionListener proposalRevisionValidator() {
        return execution -> {
            if (execution.isCanceled()) {
                return;
            }
            form.read(execution, context.proposal(execution).planVersionId());
            if ("Task_AnswerClarification".equals(execution.getCurrentActivityId())) {
                requireText(execution, "clarificationAnswer", "Nội dung giải trình", 5);
            }
        };
    }

    /** Task_UpdateProposal / Task_RecordClarification: store the revision; back to the leader or the branch. */
    @Bean("updateProposal")
    JavaDelegate updateProposal() {
        return execution -> {
            Proposal proposal = context.proposal(execution);
            ProposalForm.Input input = form.read(execution, proposal.planVersionId());
            long id = proposal.id();
            proposals.revise(id, input.targetStt(), input.changes(), input.reason(), clock.now());
            Object answer = execution.getVariable("clarificationAnswer");
            if (answer instanceof String text && !text.isBlank()) {
                proposals.recordAnswer(id, text.trim());
            }
            proposals.setStatus(id, "Task_RecordClarification".equals(execution.getCurrentActivityId())
                    ? ProposalStatus.CHO_CHI_NHANH : ProposalStatus.CHO_LANH_DAO);
            execution.setVariable("kindLabel", input.kind().label());
        };
    }

    /** Task_ForwardToBranch: the unit's leader approved. */
    @Bean("forwardProposal")
    JavaDelegate forwardProposal() {
        return execution -> proposals.setStatus(context.proposal(execution).id(), ProposalStatus.CHO_CHI_NHANH);
    }

    /** End of Task_LeaderReviewProposal: the unit's leader approves, or returns with a reason. */
    @Bean("leaderReviewValidator")
    ExecutionListener leaderReviewValidator() {
        return execution -> {
            if (execution.isCanceled()) {
                return;
            }
            Object decision = execution.getVariable("approvalDecision");
            if ("tra-lai".equals(decision)) {
                requireText(execution, "returnReason", "Lý do trả lại", 5);
            } else if (!"duyet".equals(decision)) {
                throw new InvalidFormInputException("approvalDecision",
                        "\"Ý kiến của lãnh đạo đơn vị\" phải là \"Duyệt\" hoặc \"Trả lại\".");
            }
        };
    }

    /** End of Task_BranchReview: each decision needs its text (opinion, question or reason). */
    @Bean("branchReviewValidator")
    ExecutionListener branchReviewValidator() {
        return execution -> {
            if (execution.isCanceled()) {
                return;
            }
            Object decision = execution.getVariable("branchDecision");
            if ("tiep-nhan".equals(decision)) {
                requireText(execution, "branchOpinion", "Ý kiến của Chi nhánh", 5);
            } else if ("giai-trinh".equals(decision)) {
                requireText(execution, "clarificationQuestion", "Nội dung đề nghị giải trình", 5);
            } else if ("tu-choi".equals(decision)) {
                requireText(execution, "declineReason", "Lý do không tiếp nhận", 5);
            } else {
                throw new InvalidFormInputException("branchDecision",
                        "\"Ý kiến xử lý\" phải là tiếp nhận, đề nghị giải trình hoặc không tiếp nhận.");
            }
        };
    }

    /** Task_AskClarification. */
    @Bean("askClarification")
    JavaDelegate askClarification() {
        return execution -> proposals.recordBranchReview(context.proposal(execution).id(), ProposalStatus.CAN_GIAI_TRINH, null,
                ((String) execution.getVariable("clarificationQuestion")).trim(), null);
    }

    /** Task_RecordDecline: the proposal ends; the unit is told why. */
    @Bean("declineProposal")
    JavaDelegate declineProposal() {
        return execution -> {
            Proposal proposal = context.proposal(execution);
            String reason = ((String) execution.getVariable("declineReason")).trim();
            proposals.recordBranchReview(proposal.id(), ProposalStatus.TU_CHOI, null, null, reason);
            String outcome = "Chi nhánh NHCSXH tỉnh không tiếp nhận đề xuất " + proposal.key() + ". Lý do: " + reason;
            execution.setVariable("outcomeText", outcome);
            outcomes.tell(proposal.unitId(), proposal.key(), outcome);
        };
    }

    static String currentUser(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth != null && auth.getUserId() != null ? auth.getUserId() : "system";
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

    private static void requireText(DelegateExecution execution, String variable, String label, int min) {
        Object value = execution.getVariable(variable);
        if (!(value instanceof String text) || text.trim().length() < min) {
            throw new InvalidFormInputException(variable, "Chưa nhập \"" + label + "\" (ít nhất " + min + " ký tự).");
        }
        if (text.length() > 4000) {
            throw new InvalidFormInputException(variable, "\"" + label + "\" quá dài (tối đa 4000 ký tự).");
        }
    }
}
