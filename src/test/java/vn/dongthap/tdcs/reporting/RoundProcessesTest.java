package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.InvalidFormInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.dongthap.tdcs.reporting.ProcessModelTestSupport.calls;
import static vn.dongthap.tdcs.reporting.ProcessModelTestSupport.lastCall;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** annual-report-cycle, adhoc-report-request and report-consolidation on the in-memory engine. */
@Deployment(resources = {"annual-report-cycle.bpmn", "annual-report-schedule.bpmn", "adhoc-report-request.bpmn",
        "report-consolidation.bpmn"})
class RoundProcessesTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml").build();

    private static final Date DEADLINE = new Date(1791219599000L);

    /** The timer start event reads its cron when the model is deployed, before each test's own setup. */
    @BeforeAll
    static void schedule() {
        Mocks.register("reportingSchedule", new Schedule());
        Mocks.register("roundContext", new ProcessModelTestSupport.RoundContextStandIn(DEADLINE));
    }

    public static class Schedule {
        public String getAnnualStartCron() {
            return "0 0 8 1 9 ?";
        }
    }

    @BeforeEach
    void registerBeans() {
        // Another engine (the Spring Boot tests') may be registered in this JVM: name ours.
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
        // Forms are deployed apart from the processes and bound to the latest version, as in the application.
        vn.dongthap.tdcs.forms.DataFileForms.deploy(engine.getProcessEngine());
        Mocks.register("reportingSchedule", new Schedule());
        Mocks.register("roundContext", new ProcessModelTestSupport.RoundContextStandIn(DEADLINE));
        ProcessModelTestSupport.registerDelegates("startUnitReports", "returnUnitReport", "closeReportRound",
                "closeUnitReports", "recordRoundClosed", "generateRoundDocuments", "dispatchConsolidatedReport", "openRequestRound");
        ProcessModelTestSupport.registerListeners("roundMonitoring", "dispatchPreparation", "consolidatedApproval");
        Mocks.register("roundChunks", new Chunks());
        Mocks.register("openAnnualRound", (JavaDelegate) execution -> {
            Object year = execution.getVariable("reportYear");
            if (Integer.valueOf(2025).equals(year)) {
                throw new InvalidFormInputException("reportYear", "Kỳ báo cáo hằng năm 2025 đã được mở (BC-NAM-2025).");
            }
            int reportYear = year == null ? 2026 : (Integer) year;
            execution.setProcessBusinessKey("BC-NAM-" + reportYear);
            execution.setVariables(Map.of("roundKey", "BC-NAM-" + reportYear, "roundId", 7L, "deadline", DEADLINE,
                    "openedFromTimer", year == null));
        });
    }

    /** Two chunks: opening and closing each run as two jobs. */
    public static class Chunks {
        public int count(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return 2;
        }

        public long getJobPriority() {
            return 100;
        }
    }

    /** Runs the round's jobs (chunks, then the continuations after them) as the job executor would. */
    private static void executeJobs(ProcessInstance round) {
        for (int i = 0; i < 10; i++) {
            var jobs = managementService().createJobQuery().processInstanceId(round.getId()).list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> managementService().executeJob(j.getId()));
        }
    }

    @AfterEach
    void reset() {
        ProcessModelTestSupport.reset();
    }

    @Test
    void aConsolidatorOpensTheYearsRoundAndItRunsToDispatch() {
        ProcessInstance cycle = runtimeService().startProcessInstanceByKey("annual-report-cycle",
                Map.of("reportYear", 2026, "deadlineOverride", "2026-10-09"));
        assertThat(cycle).hasBusinessKey("BC-NAM-2026").isWaitingAt("CallActivity_Consolidation");
        ProcessInstance round = calledProcessInstance(cycle);
        assertThat(round).hasBusinessKey("BC-NAM-2026").isWaitingAt("Task_StartUnitReports");
        assertThat(round).variables().containsEntry("deadlineOverride", "2026-10-09").containsEntry("roundId", 7L);

        assertThat(managementService().createJobQuery().processInstanceId(round.getId()).activityId("Task_StartUnitReports")
                .list()).as("one job per chunk").hasSize(2).allSatisfy(j -> {
                    assertThat(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) j).isExclusive()).as("parallel").isFalse();
                    assertThat(j.getPriority()).as("before mails").isEqualTo(100);
                });
        executeJobs(round);
        assertThat(calls("startUnitReports")).isEqualTo(2);
        assertThat(round).isWaitingAt("Task_MonitorRound");
        assertThat(task(round)).hasCandidateGroup("nhcsxh-tong-hop").hasDueDate(DEADLINE);

        complete(task(round), Map.of("roundAction", "tra-lai", "returnUnitId", "xa-tan-hong",
                "consolidatorReturnReason", "Thiếu số liệu."));
        assertThat(calls("returnUnitReport")).isEqualTo(1);
        assertThat(round).isWaitingAt("Task_MonitorRound");

        complete(task(round), Map.of("roundAction", "cap-nhat"));
        assertThat(round).isWaitingAt("Task_MonitorRound");
        assertThat(calls("roundMonitoring:create")).as("a refresh recreates the task and its figures").isEqualTo(3);

        complete(task(round), Map.of("roundAction", "dong-ky"));
        assertThat(calls("closeReportRound")).isEqualTo(1);
        assertThat(calls("closeUnitReports")).as("closing runs in jobs, not in the consolidator's request").isZero();
        assertThat(round).isWaitingAt("Task_CloseUnitReports");
        executeJobs(round);
        assertThat(calls("closeUnitReports")).isEqualTo(2);
        assertThat(calls("recordRoundClosed")).isEqualTo(1);
        assertThat(calls("generateRoundDocuments")).isEqualTo(1);
        assertThat(task(round)).hasDefinitionKey("Task_PrepareDispatch").hasCandidateGroup("nhcsxh-tong-hop");

        complete(task(round), Map.of("dispatchNumber", "125/BC-NHCSXH", "dispatchDate", "2026-10-12"));
        assertThat(calls("dispatchPreparation")).isEqualTo(1);
        assertThat(task(round)).hasDefinitionKey("Task_ApproveConsolidatedReport").hasCandidateGroup("nhcsxh-tinh.lanh-dao");

        // the leader returns it to the consolidators, who submit again
        complete(task(round), Map.of("dispatchDecision", "tra-lai", "leaderReturnReason", "Sai ngày văn bản."));
        assertThat(calls("dispatchConsolidatedReport")).isZero();
        assertThat(task(round)).hasDefinitionKey("Task_PrepareDispatch");
        complete(task(round), Map.of("dispatchNumber", "126/BC-NHCSXH", "dispatchDate", "2026-10-13"));
        assertThat(calls("dispatchPreparation")).isEqualTo(2);

        complete(task(round), Map.of("dispatchDecision", "duyet"));
        assertThat(calls("consolidatedApproval")).isEqualTo(2);
        assertThat(calls("dispatchConsolidatedReport")).isEqualTo(1);
        assertThat(round).isEnded().hasPassed("EndEvent_Dispatched");
        assertThat(cycle).isEnded().hasPassed("EndEvent_RoundDone");
    }

    @Test
    void theYearlyTimerOpensTheCurrentYearsRound() {
        Mocks.register("checkAnnualRoundOpened", (JavaDelegate) execution -> execution.setVariable("roundOpensToday", true));
        fireYearlyTimer();

        ProcessInstance schedule = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("annual-report-schedule").singleResult();
        assertThat(schedule).isWaitingAt("CallActivity_AnnualCycle");
        ProcessInstance cycle = calledProcessInstance(schedule);
        assertThat(cycle).hasBusinessKey("BC-NAM-2026");
        assertThat(cycle).variables().containsEntry("openedFromTimer", true);
        // the next year's timer is scheduled again
        assertThat(managementService().createJobQuery().timers().count()).isEqualTo(1);
    }

    @Test
    void theYearlyTimerLeavesARoundTheConsolidatorAlreadyOpened() {
        Mocks.register("checkAnnualRoundOpened", (JavaDelegate) execution -> execution.setVariable("roundOpensToday", false));
        fireYearlyTimer();

        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("annual-report-cycle").count()).isZero();
        assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
                .createHistoricActivityInstanceQuery().activityId("EndEvent_AlreadyOpened").count()).isEqualTo(1);
    }

    private static void fireYearlyTimer() {
        Job timer = managementService().createJobQuery().timers().singleResult();
        assertThat(timer).isNotNull();
        managementService().executeJob(timer.getId());
    }

    @Test
    void aSecondRoundForTheSameYearIsRefusedAndNothingStarts() {
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("annual-report-cycle", Map.of("reportYear", 2025)))
                .isInstanceOf(InvalidFormInputException.class)
                .hasMessageContaining("đã được mở");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void anAdHocRequestUsesTheSameConsolidation() {
        Mocks.register("openRequestRound", (JavaDelegate) execution -> {
            execution.setProcessBusinessKey("BC-DX-2026-001");
            execution.setVariables(Map.of("roundKey", "BC-DX-2026-001", "roundId", 8L, "deadline", DEADLINE));
        });
        ProcessInstance request = runtimeService().startProcessInstanceByKey("adhoc-report-request",
                Map.of("reportKind", "dot-xuat", "topic", "Tình hình cho vay hộ bị thiên tai"));
        ProcessInstance round = calledProcessInstance(request);
        assertThat(round).hasBusinessKey("BC-DX-2026-001").isWaitingAt("Task_StartUnitReports");
        assertThat(round).variables().containsEntry("topic", "Tình hình cho vay hộ bị thiên tai");

        executeJobs(round);
        complete(task(round), Map.of("roundAction", "dong-ky"));
        executeJobs(round);
        complete(task(round), Map.of("dispatchNumber", "7/BC-NHCSXH", "dispatchDate", "2026-10-12"));
        complete(task(round), Map.of("dispatchDecision", "duyet"));
        assertThat(request).isEnded().hasPassed("EndEvent_RequestDone");
        assertThat(lastCall("dispatchConsolidatedReport")).containsEntry("roundKey", "BC-DX-2026-001");
    }

    @Test
    void aRefusedMonitoringActionKeepsTheTaskOpen() {
        ProcessInstance cycle = runtimeService().startProcessInstanceByKey("annual-report-cycle", Map.of("reportYear", 2026));
        ProcessInstance round = calledProcessInstance(cycle);
        executeJobs(round);
        String taskId = task(round).getId();
        assertThatThrownBy(() -> org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService()
                .complete(taskId, Map.of("roundAction", "dong-ky", "refuse", "roundMonitoring")))
                .isInstanceOf(InvalidFormInputException.class);
        assertThat(round).isWaitingAt("Task_MonitorRound");
        assertThat(calls("closeReportRound")).isZero();
    }
}
