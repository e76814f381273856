package vn.dongthap.tdcs.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dongthap.tdcs.forms.DataFileForms;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/** amendment-request, amendment-consolidation and amendment-withdrawal on the in-memory engine: every path of the models. */
@Deployment(resources = {"amendment-request.bpmn", "amendment-consolidation.bpmn", "amendment-withdrawal.bpmn"})
class AmendmentProcessesTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml").build();

    private final List<String> calls = new ArrayList<>();
    private final Map<String, String> proposingUnits = new java.util.HashMap<>();
    private int proposalCount;

    @BeforeEach
    void registerBeans() {
        // Another engine (the Spring Boot tests') may be registered in this JVM: name ours.
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        // Forms are deployed apart from the processes and bound to the latest version, as in the application.
        DataFileForms.deploy(engine.getProcessEngine());
        Mocks.register("registerProposal", (JavaDelegate) execution -> {
            if ("9.9".equals(execution.getVariable("targetStt"))) {
                throw new InvalidFormInputException("targetStt", "Nhiệm vụ STT 9.9 không có trong Kế hoạch hiện hành.");
            }
            String key = "DX-2026-000" + (++proposalCount);
            execution.setProcessBusinessKey(key);
            proposingUnits.put(key, (String) execution.getVariable("unit"));
            execution.setVariable("proposalKey", key);
            calls.add("registerProposal");
        });
        for (String name : List.of("updateProposal", "forwardProposal", "askClarification", "submitAmendmentBatch")) {
            Mocks.register(name, (JavaDelegate) execution -> calls.add(name));
        }
        Mocks.register("joinAmendmentBatch", (JavaDelegate) execution -> {
            calls.add("joinAmendmentBatch");
            if (runtimeService().createProcessInstanceQuery().processDefinitionKey("amendment-consolidation").count() == 0) {
                runtimeService().startProcessInstanceByKey("amendment-consolidation", "TT-2026-01",
                        Map.of("batchKey", "TT-2026-01"));
            }
        });
        Mocks.register("applyAmendmentDecisions", (JavaDelegate) execution -> {
            calls.add("applyAmendmentDecisions");
            runtimeService().createMessageCorrelation("Msg_ProposalDecided").correlateAllWithResult();
        });
        for (String name : List.of("leaderReviewValidator", "proposalRevisionValidator", "branchReviewValidator",
                "amendmentDecisionValidator")) {
            Mocks.register(name, (ExecutionListener) execution -> {
                if (!execution.isCanceled() && name.equals(execution.getVariable("refuse"))) {
                    throw new InvalidFormInputException("refuse", "Bị từ chối trong kiểm thử.");
                }
            });
        }
        Mocks.register("proposalContext", new ProposalContextStandIn(proposingUnits));
        Mocks.register("batchSummary", (TaskListener) task -> task.setVariable("batchSummary", "…"));
        Mocks.register("proposalDetails", (TaskListener) task -> calls.add("proposalDetails:" + task.getTaskDefinitionKey()));
        Mocks.register("withdrawProposal", (JavaDelegate) execution -> {
            calls.add("withdrawProposal");
            runtimeService().createMessageCorrelation("Msg_ProposalWithdrawn")
                    .processInstanceBusinessKey((String) execution.getVariable("proposalCode")).correlateAllWithResult();
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void startAndTaskFormsAreTheOnesRenderedFromTheData() throws Exception {
        var engineServices = engine.getProcessEngine();
        String definition = engineServices.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("amendment-request").latestVersion().singleResult().getId();
        try (var start = engineServices.getFormService().getDeployedStartForm(definition)) {
            assertThat(start.readAllBytes()).isEqualTo(DataFileForms.rendered("amendment-request-start").content());
        }
        ProcessInstance proposal = propose("xa-tan-hong");
        try (var review = engineServices.getFormService().getDeployedTaskForm(task(proposal).getId())) {
            assertThat(review.readAllBytes()).isEqualTo(DataFileForms.rendered("amendment-leader-review").content());
        }
    }

    @Test
    void leaderReturnClarificationAndAcceptanceIntoABatchThenDecision() {
        ProcessInstance proposal = propose("xa-tan-hong");
        assertThat(task(proposal)).hasDefinitionKey("Task_LeaderReviewProposal").hasCandidateGroup("xa-tan-hong.lanh-dao");

        complete(task(proposal), Map.of("approvalDecision", "tra-lai", "returnReason", "Nêu rõ kinh phí."));
        assertThat(task(proposal)).hasDefinitionKey("Task_ReviseProposal").hasCandidateGroup("xa-tan-hong.can-bo");
        complete(task(proposal));
        assertThat(calls).contains("updateProposal");
        assertThat(task(proposal)).hasDefinitionKey("Task_LeaderReviewProposal");

        complete(task(proposal), Map.of("approvalDecision", "duyet"));
        assertThat(task(proposal)).hasDefinitionKey("Task_BranchReview").hasCandidateGroup("nhcsxh-tong-hop");
        complete(task(proposal), Map.of("branchDecision", "giai-trinh"));
        assertThat(task(proposal)).hasDefinitionKey("Task_AnswerClarification").hasCandidateGroup("xa-tan-hong.can-bo");
        complete(task(proposal));
        assertThat(task(proposal)).hasDefinitionKey("Task_BranchReview");
        complete(task(proposal), Map.of("branchDecision", "tiep-nhan"));
        assertThat(proposal).isWaitingAt("Event_ProposalDecided");

        ProcessInstance batch = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("amendment-consolidation").singleResult();
        assertThat(batch).hasBusinessKey("TT-2026-01").isWaitingAt("Task_SubmitBatch");
        assertThat(task(batch)).hasCandidateGroup("nhcsxh-tong-hop");
        complete(task(batch), Map.of("submitConfirmed", true));
        assertThat(task(batch)).hasDefinitionKey("Task_DecideProposals").hasCandidateGroup("ubnd-tinh-xu-ly");
        complete(task(batch));
        assertThat(batch).isEnded().hasPassed("Task_ApplyDecisions");

        assertThat(task(proposal)).hasDefinitionKey("Task_AcknowledgeOutcome");
        complete(task(proposal));
        assertThat(proposal).isEnded().hasPassed("Event_ProposalDecided", "EndEvent_ProposalClosed");
    }

    @Test
    void severalProposalsFromDifferentUnitsShareOneBatch() {
        ProcessInstance first = accepted("so-tai-chinh");
        ProcessInstance second = accepted("xa-my-tho");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("amendment-consolidation").count())
                .isEqualTo(1);
        ProcessInstance batch = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("amendment-consolidation").singleResult();
        complete(task(batch), Map.of("submitConfirmed", true));
        complete(task(batch));
        assertThat(first).isWaitingAt("Task_AcknowledgeOutcome");
        assertThat(second).isWaitingAt("Task_AcknowledgeOutcome");
    }

    @Test
    void aProposalTheBranchRecommendsDecliningStillReachesUbndAndIsDecided() {
        ProcessInstance proposal = propose("phuong-my-tho");
        complete(task(proposal), Map.of("approvalDecision", "duyet"));
        complete(task(proposal), Map.of("branchDecision", "de-nghi-khong-chap-thuan"));
        assertThat(calls).contains("joinAmendmentBatch");
        assertThat(proposal).isWaitingAt("Event_ProposalDecided");
        ProcessInstance batch = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("amendment-consolidation").singleResult();
        complete(task(batch), Map.of("submitConfirmed", true));
        complete(task(batch));
        assertThat(task(proposal)).hasDefinitionKey("Task_AcknowledgeOutcome");
        complete(task(proposal));
        assertThat(proposal).isEnded().hasPassed("Task_JoinBatch", "Event_ProposalDecided");
    }

    @Test
    void reviewTasksGetTheWholeProposalWhenCreated() {
        ProcessInstance proposal = propose("xa-tan-hong");
        complete(task(proposal), Map.of("approvalDecision", "duyet"));
        complete(task(proposal), Map.of("branchDecision", "giai-trinh"));
        assertThat(calls).containsSubsequence("proposalDetails:Task_LeaderReviewProposal", "proposalDetails:Task_BranchReview",
                "proposalDetails:Task_AnswerClarification");
    }

    @Test
    void aWithdrawalEndsTheProposalWhereverItWaits() {
        ProcessInstance atLeader = propose("xa-tan-hong");
        ProcessInstance awaitingDecision = accepted("so-tai-chinh");
        for (ProcessInstance proposal : List.of(atLeader, awaitingDecision)) {
            runtimeService().startProcessInstanceByKey("amendment-withdrawal",
                    Map.of("proposalCode", proposal.getBusinessKey(), "withdrawReason", "Đơn vị rút lại."));
            assertThat(proposal).isEnded().hasPassed("EndEvent_ProposalWithdrawn").hasNotPassed("EndEvent_ProposalClosed");
        }
        assertThat(taskService().createTaskQuery().processInstanceId(atLeader.getId()).count()).isZero();
    }

    @Test
    void refusedInputStartsNothingAndKeepsTasksOpen() {
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("amendment-request",
                Map.of("unit", "xa-tan-hong", "targetStt", "9.9")))
                .isInstanceOf(InvalidFormInputException.class);
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();

        ProcessInstance proposal = propose("xa-tan-hong");
        String taskId = task(proposal).getId();
        assertThatThrownBy(() -> taskService().complete(taskId, Map.of("refuse", "leaderReviewValidator")))
                .isInstanceOf(InvalidFormInputException.class);
        assertThat(task(proposal)).hasDefinitionKey("Task_LeaderReviewProposal");
    }

    private ProcessInstance propose(String unitId) {
        return runtimeService().startProcessInstanceByKey("amendment-request", Map.of("unit", unitId, "targetStt", "4.1"));
    }

    private ProcessInstance accepted(String unitId) {
        ProcessInstance proposal = propose(unitId);
        complete(task(proposal), Map.of("approvalDecision", "duyet"));
        complete(task(proposal), Map.of("branchDecision", "tiep-nhan"));
        return proposal;
    }

    /** Stand-in for {@link ProposalContext}: the proposing unit by the proposal's business key, as the table gives it. */
    public record ProposalContextStandIn(Map<String, String> units) {

        public String officers(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return units.get(execution.getProcessBusinessKey()) + ".can-bo";
        }

        public String leaders(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return units.get(execution.getProcessBusinessKey()) + ".lanh-dao";
        }
    }
}
