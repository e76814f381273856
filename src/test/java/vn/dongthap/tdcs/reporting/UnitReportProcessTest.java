package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The unit-report model on the in-memory engine: every path and the server-side checks. */
@Deployment(resources = {"unit-report.bpmn", "unit-report-draft.form", "unit-report-approval.form"})
class UnitReportProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml").build();

    @BeforeEach
    void registerListeners() {
        Mocks.register("reportDraftValidator", new ReportDraftValidator());
        Mocks.register("approvalDecisionValidator", new ApprovalDecisionValidator());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void approvedReportIsSubmitted() {
        ProcessInstance report = start("xa-tan-hong");
        assertThat(report).isWaitingAt("Task_DraftReport");
        assertThat(task(report)).hasCandidateGroup("xa-tan-hong.can-bo").hasFormKey(null);

        complete(task(report), Map.of("reportSummary", "Đã quán triệt kế hoạch tới toàn thể cán bộ."));
        assertThat(report).isWaitingAt("Task_ApproveReport");
        assertThat(task(report)).hasCandidateGroup("xa-tan-hong.lanh-dao");

        complete(task(report), Map.of("approvalDecision", "duyet"));
        assertThat(report).isEnded().hasPassed("EndEvent_ReportSubmitted");
    }

    @Test
    void returnedReportGoesBackToTheOfficerWithTheReason() {
        ProcessInstance report = start("phuong-my-tho");
        complete(task(report), Map.of("reportSummary", "Bản nháp thứ nhất của báo cáo."));
        complete(task(report), Map.of("approvalDecision", "tra-lai", "returnReason", "Bổ sung số liệu vốn ủy thác."));

        assertThat(report).isWaitingAt("Task_DraftReport").variables()
                .containsEntry("returnReason", "Bổ sung số liệu vốn ủy thác.");
        complete(task(report), Map.of("reportSummary", "Bản đã bổ sung số liệu vốn ủy thác."));
        complete(task(report), Map.of("approvalDecision", "duyet"));
        assertThat(report).isEnded();
    }

    @Test
    void anEmptyDraftIsRefusedAndTheTaskStays() {
        ProcessInstance report = start("xa-tan-hong");
        String taskId = task(report).getId();
        assertThatThrownBy(() -> taskService().complete(taskId, Map.of("reportSummary", "   ")))
                .isInstanceOf(InvalidTaskInputException.class)
                .hasMessage("Chưa nhập \"Nội dung báo cáo\".");
        assertThatThrownBy(() -> taskService().complete(taskId, Map.of("reportSummary", 42)))
                .hasMessage("\"Nội dung báo cáo\" phải là văn bản.");
        assertThat(report).isWaitingAt("Task_DraftReport");
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(report.getId(), "reportSummary")).isNull();
    }

    @Test
    void aDecisionOutsideTheChoicesOrAReturnWithoutReasonIsRefused() {
        ProcessInstance report = start("xa-tan-hong");
        complete(task(report), Map.of("reportSummary", "Nội dung báo cáo đầy đủ."));
        String taskId = task(report).getId();
        assertThatThrownBy(() -> taskService().complete(taskId, Map.of("approvalDecision", "xoa")))
                .isInstanceOf(InvalidTaskInputException.class)
                .hasMessageContaining("phải là \"Duyệt\" hoặc \"Trả lại\"");
        assertThatThrownBy(() -> taskService().complete(taskId, Map.of("approvalDecision", "tra-lai")))
                .hasMessage("Chưa nhập \"Lý do trả lại\".");
        assertThat(report).isWaitingAt("Task_ApproveReport");
    }

    private static ProcessInstance start(String unitId) {
        return runtimeService().startProcessInstanceByKey("unit-report", "BC-TEST-" + unitId,
                Map.of("unitId", unitId, "unitName", "Đơn vị " + unitId));
    }
}
