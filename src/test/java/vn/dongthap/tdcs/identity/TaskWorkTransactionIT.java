package vn.dongthap.tdcs.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * Work on a task is checked in the transaction that does it: the guard's reading of the task and the engine's
 * completion are one transaction (nothing can change in between, and the task is read once), and a refusal still
 * reaches the caller as the guard's Vietnamese message without the engine logging it as a failure.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TaskWorkTransactionIT {

    private static final String COMMUNE = "xa-my-tho";
    private static final String OTHER_COMMUNE = "phuong-my-tho";

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    FormService formService;
    @Autowired
    TaskService taskService;
    @Autowired
    PlatformTransactionManager transactions;

    private final List<String> rounds = new ArrayList<>();
    private final TransactionsBegun begun = new TransactionsBegun();

    @BeforeEach
    void countTransactions() {
        ((AbstractPlatformTransactionManager) transactions).addListener(begun);
    }

    @AfterEach
    void cleanUp() {
        ((AbstractPlatformTransactionManager) transactions).getTransactionExecutionListeners().remove(begun);
        rounds.forEach(reporting::purgeRound);
    }

    @Test
    void anOfficersSubmissionIsCheckedAndDoneInOneTransaction() {
        Task draft = reporting.draftTask(openRound(), COMMUNE);
        Map<String, Object> report = reporting.filledReport(draft.getId(), "Báo cáo trong một giao dịch");

        int transactionsUsed = asUser(DemoUsers.officerOf(COMMUNE),
                () -> formService.submitTaskForm(draft.getId(), report));

        assertThat(transactionsUsed).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).as("the draft is done").isZero();
    }

    @Test
    void aClaimIsCheckedAndDoneInOneTransaction() {
        Task draft = reporting.draftTask(openRound(), COMMUNE);
        String officer = DemoUsers.officerOf(COMMUNE);

        int transactionsUsed = asUser(officer, () -> taskService.claim(draft.getId(), officer));

        assertThat(transactionsUsed).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee()).isEqualTo(officer);
    }

    @Test
    void refusalsReachTheCallerAndTheEngineDoesNotLogThemAsFailures(CapturedOutput output) {
        String round = openRound();
        Task draft = reporting.draftTask(round, COMMUNE);
        Map<String, Object> report = reporting.filledReport(draft.getId(), "Báo cáo của đơn vị khác");
        Map<String, Object> forged = new HashMap<>(report);
        forged.put("unitId", OTHER_COMMUNE);

        assertThatThrownBy(() -> asUser(DemoUsers.officerOf(OTHER_COMMUNE),
                () -> formService.submitTaskForm(draft.getId(), report)))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("không giao cho đơn vị");
        assertThatThrownBy(() -> asUser(DemoUsers.officerOf(COMMUNE),
                () -> formService.submitTaskForm(draft.getId(), forged)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("unitId");

        assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).as("nothing was submitted").isOne();
        assertThat(output.getAll()).doesNotContain("ENGINE-16004");
        asUser(DemoUsers.officerOf(COMMUNE), () -> formService.submitTaskForm(draft.getId(), report));
        assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).as("the honest path works").isZero();
    }

    private String openRound() {
        String round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of(COMMUNE, OTHER_COMMUNE),
                LocalDate.now().plusDays(20).toString()).getBusinessKey();
        rounds.add(round);
        return round;
    }

    /** As the webapp calls the engine for a logged-in user (groups read at login); returns the transactions begun. */
    private int asUser(String userId, Runnable work) {
        return reporting.as(userId, () -> begun.during(work));
    }

    /** Counts the transactions this thread begins while counting; the job executor's threads are not counted. */
    private static final class TransactionsBegun implements TransactionExecutionListener {
        private final ThreadLocal<AtomicInteger> count = new ThreadLocal<>();

        int during(Runnable work) {
            AtomicInteger counted = new AtomicInteger();
            count.set(counted);
            try {
                work.run();
            } finally {
                count.remove();
            }
            return counted.get();
        }

        @Override
        public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
            AtomicInteger counted = count.get();
            if (counted != null) {
                counted.incrementAndGet();
            }
        }
    }
}
