package vn.dongthap.tdcs.amendment;

import vn.dongthap.tdcs.notification.NoticeVariables;
import vn.dongthap.tdcs.platform.ProcessKeys;
import vn.dongthap.tdcs.platform.ProcessVariable;

/**
 * amendment-request: the BPMN ids Java names and the process's variables, declared once (checked against
 * bpmn/amendment-request.bpmn by ProcessModelContractTest). Which proposal an instance is for comes from its
 * business key ({@link ProposalContext}), never from these.
 */
final class AmendmentRequestModel {

    static final String PROCESS_KEY = ProcessKeys.AMENDMENT_REQUEST;
    static final String TASK_LEADER_REVIEW = "Task_LeaderReviewProposal";
    static final String TASK_REVISE_PROPOSAL = "Task_ReviseProposal";
    static final String TASK_BRANCH_REVIEW = "Task_BranchReview";
    static final String TASK_ANSWER_CLARIFICATION = "Task_AnswerClarification";
    static final String TASK_ACKNOWLEDGE_OUTCOME = "Task_AcknowledgeOutcome";
    static final String TASK_RECORD_CLARIFICATION = "Task_RecordClarification";
    static final String MSG_PROPOSAL_DECIDED = "Msg_ProposalDecided";
    static final String MSG_PROPOSAL_WITHDRAWN = "Msg_ProposalWithdrawn";

    // shown on the tasks and in mails
    static final ProcessVariable<String> PROPOSAL_KEY = NoticeVariables.PROPOSAL_KEY;
    static final ProcessVariable<String> UNIT_NAME = NoticeVariables.UNIT_NAME;
    static final ProcessVariable<String> KIND_LABEL = ProcessVariable.of("kindLabel", String.class);
    static final ProcessVariable<String> BATCH_KEY = NoticeVariables.BATCH_KEY;
    static final ProcessVariable<String> OUTCOME_TEXT = ProcessVariable.of("outcomeText", String.class);
    // the review tasks' read-only texts (task-local, from the tables: ProposalDetailsListener)
    static final ProcessVariable<String> TARGET_TEXT = ProcessVariable.of("targetText", String.class);
    static final ProcessVariable<String> CURRENT_ITEM_TEXT = ProcessVariable.of("currentItemText", String.class);
    static final ProcessVariable<String> PROPOSED_ITEM_TEXT = ProcessVariable.of("proposedItemText", String.class);
    static final ProcessVariable<String> CLARIFICATION_THREAD = ProcessVariable.of("clarificationThread", String.class);
    static final ProcessVariable<String> PROPOSAL_TRAIL = ProcessVariable.of("proposalTrail", String.class);

    // the proposal form (start, revise, clarify), checked by ProposalForm
    static final ProcessVariable<String> AMENDMENT_KIND = ProcessVariable.of("amendmentKind", String.class);
    static final ProcessVariable<String> REASON = ProcessVariable.of("reason", String.class);
    static final ProcessVariable<String> TARGET_STT = ProcessVariable.of("targetStt", String.class);
    /** The STT typed for an item to add ("bổ sung"); an existing item is chosen in targetStt. */
    static final ProcessVariable<String> NEW_STT = ProcessVariable.of("newStt", String.class);
    static final ProcessVariable<String> NEW_GROUP = ProcessVariable.of("newGroup", String.class);
    static final ProcessVariable<String> NEW_CONTENT = ProcessVariable.of("newContent", String.class);
    static final ProcessVariable<Object> NEW_LEAD = ProcessVariable.of("newLead", Object.class);
    static final ProcessVariable<Object> NEW_COOP = ProcessVariable.of("newCoop", Object.class);
    static final ProcessVariable<String> NEW_PRODUCT = ProcessVariable.of("newProduct", String.class);
    static final ProcessVariable<String> NEW_TIMING = ProcessVariable.of("newTiming", String.class);
    /** Reporting row only: the new annual deadline, "dd/MM", and the new recipients of the consolidated report. */
    static final ProcessVariable<String> NEW_DUE_BEFORE = ProcessVariable.of("newDueBefore", String.class);
    static final ProcessVariable<Object> NEW_RECIPIENTS = ProcessVariable.of("newRecipients", Object.class);

    // the reviews' answers (gateway conditions use the decisions)
    static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.of("approvalDecision", String.class);
    static final ProcessVariable<String> RETURN_REASON = ProcessVariable.of("returnReason", String.class);
    static final ProcessVariable<String> BRANCH_DECISION = ProcessVariable.of("branchDecision", String.class);
    static final ProcessVariable<String> BRANCH_OPINION = ProcessVariable.of("branchOpinion", String.class);
    static final ProcessVariable<String> CLARIFICATION_QUESTION = ProcessVariable.of("clarificationQuestion", String.class);
    static final ProcessVariable<String> CLARIFICATION_ANSWER = ProcessVariable.of("clarificationAnswer", String.class);
    static final ProcessVariable<String> DECLINE_REASON = ProcessVariable.of("declineReason", String.class);

    private AmendmentRequestModel() {
    }
}
