package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.InvalidFormInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static vn.dongthap.tdcs.reporting.ProcessModelTestSupport.calls;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** unit-report on the in-memory engine: every path of the model. */
@Deployment(resources = "unit-report.bpmn")
class UnitReportProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml").build();

    private static final Date DEADLINE = new Date(1791219599000L); // 05/10/2026 23:59:59 +07

    @BeforeEach
    void registerBeans() {
        // Another engine (the Spring Boot tests') may be registered in this JVM: name ours.
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        // Forms are deployed apart from the processes and bound to the latest version, as in the application.
        vn.dongthap.tdcs.forms.DataFileForms.deploy(engine.getProcessEngine());
        ProcessModelTestSupport.registerDelegates("recordLeaderReturn", "recordSubmission",
                "recordConsolidatorReturn", "recordNotSubmitted", "remindOrEscalate");
        org.camunda.bpm.engine.test.mock.Mocks.register("reminderSchedule", new DailyCheck());
        org.camunda.bpm.engine.test.mock.Mocks.register("roundContext", new ProcessModelTestSupport.RoundContextStandIn(DEADLINE));
        ProcessModelTestSupport.registerListeners("reportDraftValidator", "approvalDecisionValidator", "optionalTaskMarker");
    }

    @AfterEach
    void reset() {
        ProcessModelTestSupport.reset();
    }

    @Test
    void approvedReportIsSubmittedAndEndsWhenTheRoundCloses() {
        ProcessInstance report = start("xa-tan-hong");
        assertThat(report).isWaitingAt("Task_DraftReport");
        assertThat(task(report)).hasCandidateGroup("xa-tan-hong.can-bo").hasDueDate(DEADLINE);

        complete(task(report));
        assertThat(report).isWaitingAt("Task_ApproveReport");
        assertThat(task(report)).hasCandidateGroup("xa-tan-hong.lanh-dao");

        complete(task(report), Map.of("approvalDecision", "duyet"));
        assertThat(calls("recordSubmission")).isEqualTo(1);
        assertThat(report).isWaitingAt("Gateway_AwaitConsolidation");

        closeRound();
        assertThat(report).isEnded().hasPassed("EndEvent_ReportSubmitted").hasNotPassed("Task_RecordNotSubmitted");
    }

    @Test
    void theLeaderReturnsTheDraftWithAReason() {
        ProcessInstance report = start("phuong-my-tho");
        complete(task(report));
        complete(task(report), Map.of("approvalDecision", "tra-lai", "returnReason", "Bổ sung số liệu vốn ủy thác."));

        assertThat(calls("recordLeaderReturn")).isEqualTo(1);
        assertThat(report).isWaitingAt("Task_DraftReport");
        complete(task(report));
        complete(task(report), Map.of("approvalDecision", "duyet"));
        assertThat(calls("recordSubmission")).isEqualTo(1);
    }

    @Test
    void theConsolidatorReturnsASubmittedReportAndTheUnitResubmits() {
        ProcessInstance report = start("so-tai-chinh");
        complete(task(report));
        complete(task(report), Map.of("approvalDecision", "duyet"));

        runtimeService().createMessageCorrelation("Msg_ReportReturned")
                .processInstanceBusinessKey("BC-TEST/so-tai-chinh")
                .setVariable("consolidatorReturnReason", "Thiếu kết quả nhiệm vụ 4.1.")
                .correlate();
        assertThat(calls("recordConsolidatorReturn")).isEqualTo(1);
        assertThat(report).isWaitingAt("Task_DraftReport");

        complete(task(report));
        complete(task(report), Map.of("approvalDecision", "duyet"));
        assertThat(calls("recordSubmission")).isEqualTo(2);
        closeRound();
        assertThat(report).isEnded().hasPassed("EndEvent_ReportSubmitted");
    }

    @Test
    void aUnitStillDraftingWhenTheRoundClosesIsRecordedAsNotSubmitted() {
        ProcessInstance drafting = start("xa-my-tho");
        ProcessInstance awaitingLeader = start("xa-an-long");
        complete(task(awaitingLeader));

        closeRound();

        assertThat(drafting).isEnded().hasPassed("Task_RecordNotSubmitted", "EndEvent_NotSubmitted");
        assertThat(awaitingLeader).isEnded().hasPassed("EndEvent_NotSubmitted");
        assertThat(calls("recordNotSubmitted")).isEqualTo(2);
        assertThat(calls("recordSubmission")).isZero();
    }

    @Test
    void aRefusedDraftStaysWithTheOfficer() {
        ProcessInstance report = start("xa-tan-hong");
        String taskId = task(report).getId();
        assertThatThrownBy(() -> taskService().complete(taskId, Map.of("refuse", "reportDraftValidator")))
                .isInstanceOf(InvalidFormInputException.class);
        assertThat(report).isWaitingAt("Task_DraftReport");
        assertThat(runtimeService().getVariable(report.getId(), "refuse")).isNull();
    }

    @Test
    void theDailyDeadlineCheckRunsWhileDraftingAndStopsOnceSubmitted() {
        ProcessInstance report = start("xa-tan-hong");
        var timers = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService().createJobQuery()
                .processInstanceId(report.getId()).timers();
        assertThat(timers.count()).isEqualTo(1);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(timers.singleResult());
        assertThat(calls("remindOrEscalate")).isEqualTo(1);
        assertThat(report).isWaitingAt("Task_DraftReport");
        assertThat(timers.count()).as("the check is scheduled again for the next day").isEqualTo(1);

        complete(task(report));
        complete(task(report), Map.of("approvalDecision", "duyet"));
        assertThat(timers.count()).as("no reminder after submission").isZero();
    }

    public static class DailyCheck {
        public String getDailyCheck() {
            return "0 0 8 * * ?";
        }
    }

    private static ProcessInstance start(String unitId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("roundKey", "BC-TEST");
        // No unit, round or deadline variables: candidate groups and due dates come from the business key.
        variables.put("unitName", "Đơn vị " + unitId);
        return runtimeService().startProcessInstanceByKey("unit-report", "BC-TEST/" + unitId, variables);
    }

    private static void closeRound() {
        runtimeService().createMessageCorrelation("Msg_RoundClosed")
                .processInstanceVariableEquals("roundKey", "BC-TEST").correlateAllWithResult();
    }
}
