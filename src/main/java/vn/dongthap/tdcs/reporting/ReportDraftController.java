package vn.dongthap.tdcs.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dongthap.tdcs.identity.AccessPolicy;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.CurrentUser;

/**
 * The unit's saved draft of its report, for the draft task open in Tasklist ("Lưu" stores it here, opening the task
 * loads it). The task only points to the report: the round and the unit come from its process instance's business
 * key, and only the unit's officers may read or write. The draft never completes anything: the submission still
 * goes through the task's form, its field filter and the server-side validation.
 */
@RestController
@RequestMapping("/api/report-drafts/tasks/{taskId}")
class ReportDraftController {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    /** A saved draft as the form shows it; {@code data} only when opening the task. */
    record DraftView(ObjectNode data, Instant savedAt, String savedBy, String message) {
    }

    private final TaskService tasks;
    private final FormService forms;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ReportRounds rounds;
    private final ReportDrafts drafts;
    private final ReportDraftContent content;
    private final AccessPolicy access;
    private final AppClock clock;

    ReportDraftController(TaskService tasks, FormService forms, RuntimeService runtime, IdentityService identity, ReportRounds rounds,
                          ReportDrafts drafts, ReportDraftContent content, AccessPolicy access, AppClock clock) {
        this.tasks = tasks;
        this.forms = forms;
        this.runtime = runtime;
        this.identity = identity;
        this.rounds = rounds;
        this.drafts = drafts;
        this.content = content;
        this.access = access;
        this.clock = clock;
    }

    /** The draft saved during this task (204 if none: a draft of an earlier pass, before a return, is stale). */
    @GetMapping
    ResponseEntity<DraftView> load(@PathVariable String taskId, HttpServletRequest request) {
        DraftTask draft = draftTask(taskId, CurrentUser.of(request));
        Optional<ReportDrafts.Draft> saved = drafts.find(draft.round().id(), draft.unitId())
                .filter(d -> !d.savedAt().isBefore(draft.task().getCreateTime().toInstant()));
        if (saved.isEmpty()) {
            return ResponseEntity.noContent().build();
        }
        // as the form shows them: a stored copy after a return, else the plan items read when the form loads
        JsonValue items = forms.getTaskFormVariables(taskId, java.util.List.of(UnitReportForm.ITEMS), false)
                .getValueTyped(UnitReportForm.ITEMS);
        JsonNode taskItems = items == null ? null : content.read(items.getValueSerialized());
        ObjectNode state = content.formState(saved.get().content(), taskItems);
        return ResponseEntity.ok(view(state, saved.get(), "Đang soạn tiếp bản nháp lưu lúc %s bởi %s."));
    }

    @PutMapping
    DraftView save(@PathVariable String taskId, @RequestBody JsonNode formState, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        DraftTask draft = draftTask(taskId, user);
        if (draft.round().status() != RoundStatus.DANG_MO) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Kỳ báo cáo " + draft.round().key() + " đã đóng, không lưu bản nháp được.");
        }
        String answers;
        try {
            answers = content.answersOf(formState, draft.round(), draft.unitId());
        } catch (ReportDraftContent.InvalidDraftException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        ReportDrafts.Draft saved = new ReportDrafts.Draft(answers, user.userId(), clock.now());
        drafts.save(draft.round().id(), draft.unitId(), saved);
        return view(null, saved, "Đã lưu bản nháp lúc %s bởi %s.");
    }

    private record DraftTask(Task task, ReportRound round, String unitId) {
    }

    /**
     * The open draft task of a unit report, if the user is one of that unit's officers. The task is looked up with
     * the user's own engine permissions (a task of another unit is simply not found); the business key then without
     * them (officers may not read process instances), and the unit it names decides.
     */
    private DraftTask draftTask(String taskId, CurrentUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskDefinitionKey(UnitReportModel.TASK_DRAFT_REPORT)
                .processDefinitionKey(UnitReportModel.PROCESS_KEY).singleResult();
        if (task == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có công việc soạn báo cáo này trong việc "
                    + "của bạn, hoặc báo cáo đã được gửi đi.");
        }
        UnitReportKey key = UnitReportKey.parse(businessKeyOf(task));
        if (!access.mayDraftFor(user, key.unitId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ cán bộ của đơn vị báo cáo được xem và lưu bản nháp báo cáo của đơn vị.");
        }
        ReportRound round = rounds.findByKey(key.roundKey()).orElseThrow(
                () -> new IllegalStateException("No round for unit report " + key));
        return new DraftTask(task, round, key.unitId());
    }

    private String businessKeyOf(Task task) {
        return withoutEngineAuthorization(() -> runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
    }

    /**
     * A look-up the application answers for itself, once it has decided that the user may see the draft: officers
     * may read neither process instances nor other users' accounts in the engine.
     */
    private <T> T withoutEngineAuthorization(Supplier<T> lookUp) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return lookUp.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private DraftView view(ObjectNode data, ReportDrafts.Draft draft, String message) {
        String name = nameOf(draft.savedBy());
        return new DraftView(data, draft.savedAt(), name,
                message.formatted(SAVED_AT.format(clock.here(draft.savedAt())), name));
    }

    /** The person's name, never the account id (ids are not for people to read). */
    private String nameOf(String userId) {
        User user = withoutEngineAuthorization(() -> identity.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return "một cán bộ của đơn vị";
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? "một cán bộ của đơn vị" : name;
    }
}
