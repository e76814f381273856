package vn.dongthap.tdcs.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;

/** Drives rounds in integration tests the way officers do: as a logged-in user, through the engine API. */
@Component
public class ReportingTestSupport {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final FormService formService;
    private final IdentityService identityService;
    private final ManagementService managementService;
    private final JdbcClient jdbc;
    private final PlanRegisterQueries plan;
    private final ReportRounds rounds;
    private final UnitStates states;
    private final RoundDispatches dispatches;
    private final AppClock clock;
    private final ObjectMapper json = new ObjectMapper();

    ReportingTestSupport(RuntimeService runtimeService, TaskService taskService, FormService formService,
                         IdentityService identityService, ManagementService managementService, JdbcClient jdbc,
                         PlanRegisterQueries plan, ReportRounds rounds, UnitStates states, RoundDispatches dispatches,
                         AppClock clock) {
        this.formService = formService;
        this.rounds = rounds;
        this.states = states;
        this.plan = plan;
        this.dispatches = dispatches;
        this.clock = clock;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    public <T> T as(String userId, Supplier<T> action) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void as(String userId, Runnable action) {
        as(userId, () -> {
            action.run();
            return null;
        });
    }

    /** Opens an ad-hoc round for the given units as the consolidator and starts their reports. */
    public ProcessInstance openAdhocRound(String consolidator, List<String> unitIds, String deadline) {
        return openAdhocRound(consolidator, unitIds, deadline, null);
    }

    /** The same, asked by the given authority (the consolidated report goes back to it); null: the form's default. */
    public ProcessInstance openAdhocRound(String consolidator, List<String> unitIds, String deadline,
                                          String requestedByUnit) {
        Map<String, Object> variables = new HashMap<>();
        if (requestedByUnit != null) {
            variables.put("requestedByUnit", requestedByUnit);
        }
        variables.put("reportKind", "dot-xuat");
        variables.put("topic", "Kiểm thử báo cáo đột xuất");
        variables.put("unitIds", SpinValues.jsonValue(toJson(unitIds)).create());
        variables.put("requestedDeadline", deadline);
        ProcessInstance request = as(consolidator,
                () -> runtimeService.startProcessInstanceByKey("adhoc-report-request", variables));
        executeJobsOf(request.getBusinessKey());
        return request;
    }

    /** Runs the pending jobs of a round (and its called processes) as the job executor would. */
    public void executeJobsOf(String roundKey) {
        for (int i = 0; i < 10; i++) {
            List<Job> jobs = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(roundKey).list().stream()
                    .flatMap(p -> managementService.createJobQuery().processInstanceId(p.getId()).executable().list().stream())
                    .toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /**
     * What the consolidator submits on her desk to close the round: "Đóng kỳ" with the confirmation of how many
     * units have not submitted (the count her desk shows, which the server checks).
     */
    public Map<String, Object> closeRound(String roundKey) {
        long notSubmitted = states.of(rounds.findByKey(roundKey).orElseThrow()).stream()
                .filter(s -> !s.state().submitted()).count();
        return Map.of("roundAction", "dong-ky", "closeConfirmation", String.valueOf(notSubmitted));
    }

    public Task draftTask(String roundKey, String unitId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(roundKey + "/" + unitId)
                .taskDefinitionKey("Task_DraftReport").singleResult();
    }

    public Task approvalTask(String roundKey, String unitId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(roundKey + "/" + unitId)
                .taskDefinitionKey("Task_ApproveReport").singleResult();
    }

    /** Variables of a complete, valid report for the task's unit, as the Camunda Form would submit them. */
    /**
     * A value as the task's form shows it (Tasklist loads the form variables): a unit report's draft gets its plan
     * items, asked figures and the round's display values there until the officer submits.
     */
    public <T extends org.camunda.bpm.engine.variable.value.TypedValue> T formValue(String taskId, String name) {
        return formService.getTaskFormVariables(taskId, List.of(name), false).getValueTyped(name);
    }

    /** A JSON value (the draft's items, its asked figures) as the task's form shows it, serialized. */
    public String formJson(String taskId, String name) {
        JsonValue value = formValue(taskId, name);
        return value.getValueSerialized();
    }

    public Map<String, Object> filledReport(String taskId, String resultText) {
        JsonValue items = formValue(taskId, UnitReportForm.ITEMS);
        ArrayNode rows = (ArrayNode) read(items.getValueSerialized());
        for (JsonNode row : rows) {
            ObjectNode item = (ObjectNode) row;
            item.put("level", "da-hoan-thanh");
            item.put("result", resultText + " (nhiệm vụ " + item.get("stt").asText() + ")");
            item.put("product", "Kế hoạch số 05/KH-UBND ngày 10/01/2026");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("items", SpinValues.jsonValue(rows.toString()).create());
        // Every figure the plan asks of the unit, whatever figures the plan declares.
        JsonValue asked = formValue(taskId, UnitReportForm.ASKED_FIGURES);
        for (JsonNode key : read(asked.getValueSerialized())) {
            variables.put(key.asText(), sampleFigure(key.asText()));
        }
        return variables;
    }

    /**
     * A valid value of a figure, as a Camunda Form number field submits it (a Double or a Long): 1500.5 cut to
     * the figure's decimals and kept within its bounds.
     */
    public Object sampleFigure(String key) {
        PlanViews.Figure figure = plan.figures(plan.versionInForce(java.time.LocalDate.now()).orElseThrow()).stream()
                .filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        java.math.BigDecimal value = new java.math.BigDecimal("1500.5").setScale(figure.decimals(),
                java.math.RoundingMode.DOWN).max(figure.min()).min(figure.max());
        return figure.decimals() == 0 ? (Object) value.longValueExact() : (Object) value.doubleValue();
    }

    /** Officer drafts, leader approves: one submission. */
    public void submit(String roundKey, String unitId, String officer, String leader) {
        Task draft = draftTask(roundKey, unitId);
        Map<String, Object> report = filledReport(draft.getId(), "Đơn vị đã triển khai");
        as(officer, () -> taskService.complete(draft.getId(), report));
        Task approval = approvalTask(roundKey, unitId);
        as(leader, () -> taskService.complete(approval.getId(), Map.of("approvalDecision", "duyet")));
    }

    /**
     * After the round closed: the consolidator uploads a signed PDF and records its number (the round's id: numbers
     * are unique in a year, also on a reused database) with today's date (Task_PrepareDispatch), the branch leader approves it (Task_ApproveConsolidatedReport) and the dispatch runs.
     */
    public void dispatchSigned(String roundKey) {
        long roundId = jdbc.sql("select id from kehoach.report_round where round_key = ?").param(roundKey)
                .query(Long.class).single();
        dispatches.storeFile(roundId, "bao-cao-da-ky.pdf", "%PDF-1.7\n% đã ký\n".getBytes(StandardCharsets.UTF_8),
                DemoUsers.CONSOLIDATOR, clock.now());
        Task prepare = taskService.createTaskQuery().processInstanceBusinessKey(roundKey)
                .taskDefinitionKey("Task_PrepareDispatch").singleResult();
        as(DemoUsers.CONSOLIDATOR, () -> taskService.complete(prepare.getId(),
                Map.of("dispatchNumber", roundId + "/BC-NHCSXH", "dispatchDate", clock.today().toString())));
        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(roundKey)
                .taskDefinitionKey("Task_ApproveConsolidatedReport").singleResult();
        as(DemoUsers.leaderOf("nhcsxh-tinh"), () -> taskService.complete(approval.getId(),
                Map.of("dispatchDecision", "duyet")));
        executeJobsOf(roundKey);
    }

    /** Removes a round and everything it made, so that a test can open it again on a reused database. */
    public void purgeRound(String roundKey) {
        // Roots only: deleting a round's request also deletes the consolidation it called.
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(roundKey + "%").rootProcessInstances()
                .list().forEach(p -> runtimeService.deleteProcessInstanceIfExists(p.getId(), "kiểm thử", true, true, false, false));
        Long id = jdbc.sql("select id from kehoach.report_round where round_key = ?").param(roundKey)
                .query(Long.class).optional().orElse(null);
        // Mail keys name the round: a round opened again under the same key must be able to mail again.
        jdbc.sql("delete from kehoach.notification_outbox where attach_round_id = ? or idempotency_key like ?")
                .params(id, "%:" + roundKey + ":%").update();
        if (id == null) {
            return;
        }
        for (String table : List.of("submission_item", "submission_figure")) {
            jdbc.sql("delete from kehoach." + table + " where submission_id in (select id from kehoach.submission where round_id = ?)")
                    .param(id).update();
        }
        for (String table : List.of("round_dispatch", "dispatch_review", "dispatch_signed_file", "submission", "report_attachment", "report_draft", "report_return", "round_document", "round_unit_step", "round_unit")) {
            jdbc.sql("delete from kehoach." + table + " where round_id = ?").param(id).update();
        }
        jdbc.sql("delete from kehoach.report_round where id = ?").param(id).update();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
