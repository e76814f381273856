package vn.dongthap.tdcs.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * A round taken to its end through the engine, as users and jobs would: xa-tan-hong's leader returns the draft
 * once with a reason and then approves it; xa-my-tho submits and the consolidator returns it; phuong-my-tho never
 * submits; the consolidator closes the round; the documents are written; the consolidator records the signed PDF's number and date; the branch leader approves; the report
 * is dispatched. Every process of the round has ended (Community Edition Cockpit shows none of it).
 */
@Component
class HistoryScenario {

    static final String RETURNED_BY_LEADER = "xa-tan-hong";
    static final String RETURNED_BY_CONSOLIDATOR = "xa-my-tho";
    static final String MISSING = "phuong-my-tho";
    static final List<String> UNITS = List.of(RETURNED_BY_LEADER, RETURNED_BY_CONSOLIDATOR, MISSING);
    static final String LEADER_REASON = "Bổ sung sản phẩm của nhiệm vụ 2.2.";
    static final String CONSOLIDATOR_REASON = "Số liệu vốn ủy thác chưa khớp sổ sách.";
    static final String BRANCH_LEADER = DemoUsers.leaderOf("nhcsxh-tinh");

    private final ReportingTestSupport reporting;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;

    HistoryScenario(ReportingTestSupport reporting, TaskService tasks, RuntimeService runtime, ManagementService management) {
        this.reporting = reporting;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
    }

    /** @return the round's key */
    String finishedRound() {
        String round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, UNITS, LocalDate.now().plusDays(20).toString())
                .getBusinessKey();
        // xa-tan-hong: drafted, returned by its leader, drafted again, approved
        draft(round, RETURNED_BY_LEADER);
        Task approval = reporting.approvalTask(round, RETURNED_BY_LEADER);
        reporting.as(DemoUsers.leaderOf(RETURNED_BY_LEADER), () -> tasks.complete(approval.getId(),
                Map.of("approvalDecision", "tra-lai", "returnReason", LEADER_REASON)));
        reporting.submit(round, RETURNED_BY_LEADER, DemoUsers.officerOf(RETURNED_BY_LEADER),
                DemoUsers.leaderOf(RETURNED_BY_LEADER));
        // xa-my-tho: submitted, then returned by the consolidator
        reporting.submit(round, RETURNED_BY_CONSOLIDATOR, DemoUsers.officerOf(RETURNED_BY_CONSOLIDATOR),
                DemoUsers.leaderOf(RETURNED_BY_CONSOLIDATOR));
        monitor(round, Map.of("roundAction", "tra-lai", "returnUnitId", RETURNED_BY_CONSOLIDATOR,
                "consolidatorReturnReason", CONSOLIDATOR_REASON));
        reporting.executeJobsOf(round);
        monitor(round, reporting.closeRound(round));
        reporting.executeJobsOf(round);
        reporting.dispatchSigned(round);
        // the round's mails wait in the outbox; no instance of the round is left running
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(round + "%").count() > 0) {
            throw new IllegalStateException("the round " + round + " has not ended: "
                    + management.createJobQuery().list().size() + " jobs");
        }
        return round;
    }

    private void draft(String round, String unitId) {
        Task draft = reporting.draftTask(round, unitId);
        Map<String, Object> report = reporting.filledReport(draft.getId(), "Đơn vị đã triển khai");
        reporting.as(DemoUsers.officerOf(unitId), () -> tasks.complete(draft.getId(), report));
    }

    private void monitor(String round, Map<String, Object> action) {
        Task monitoring = tasks.createTaskQuery().processInstanceBusinessKey(round).taskDefinitionKey("Task_MonitorRound")
                .singleResult();
        reporting.as(DemoUsers.CONSOLIDATOR, () -> tasks.complete(monitoring.getId(), action));
    }
}
