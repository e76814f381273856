package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_LeaderReviewProposal, Task_BranchReview, Task_AnswerClarification, on create: the whole proposal as read-only
 * texts of the task (current item beside the proposed text, the clarification thread), rendered from the
 * application's tables when the task is created, so the form shows what the proposal is now.
 */
@Component("proposalDetails")
class ProposalDetailsListener implements TaskListener {

    private final ProposalContext context;
    private final ProposalReading details;

    ProposalDetailsListener(ProposalContext context, ProposalReading details) {
        this.context = context;
        this.details = details;
    }

    @Override
    public void notify(DelegateTask task) {
        ProposalReading.Texts texts = details.of(context.proposal(task.getExecution()));
        task.setVariableLocal(AmendmentRequestModel.TARGET_TEXT.name(), texts.target());
        task.setVariableLocal(AmendmentRequestModel.CURRENT_ITEM_TEXT.name(), texts.current());
        task.setVariableLocal(AmendmentRequestModel.PROPOSED_ITEM_TEXT.name(), texts.proposed());
        task.setVariableLocal(AmendmentRequestModel.CLARIFICATION_THREAD.name(), texts.thread());
        task.setVariableLocal(AmendmentRequestModel.PROPOSAL_TRAIL.name(), texts.trail());
    }
}
