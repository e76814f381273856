package vn.dongthap.tdcs.reporting;

import vn.dongthap.tdcs.platform.InvalidFormInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the Spring beans the BPMN calls, for process-model tests on the in-memory engine:
 * each records its calls so a test can tell which path the model took. The real beans are tested
 * on PostgreSQL.
 */
final class ProcessModelTestSupport {

    static final Map<String, List<Map<String, Object>>> CALLS = new ConcurrentHashMap<>();

    private ProcessModelTestSupport() {
    }

    static void registerDelegates(String... names) {
        for (String name : names) {
            Mocks.register(name, (JavaDelegate) execution -> record(name, execution));
        }
    }

    static void registerListeners(String... names) {
        for (String name : names) {
            Mocks.register(name, new RecordingListener(name));
        }
    }

    static int calls(String name) {
        return CALLS.getOrDefault(name, List.of()).size();
    }

    static Map<String, Object> lastCall(String name) {
        List<Map<String, Object>> calls = CALLS.get(name);
        return calls.get(calls.size() - 1);
    }

    static void reset() {
        CALLS.clear();
        Mocks.reset();
    }

    private static void record(String name, DelegateExecution execution) {
        CALLS.computeIfAbsent(name, k -> new ArrayList<>()).add(new java.util.HashMap<>(execution.getVariables()));
    }

    /**
     * Stand-in for {@link RoundContext} in BPMN expressions: the unit from the business key, as the real
     * bean takes it, and the round's deadline given by the test.
     */
    public record RoundContextStandIn(java.util.Date deadline) {

        public String officers(DelegateExecution execution) {
            return UnitReportKey.parse(execution.getProcessBusinessKey()).unitId() + ".can-bo";
        }

        public String leaders(DelegateExecution execution) {
            return UnitReportKey.parse(execution.getProcessBusinessKey()).unitId() + ".lanh-dao";
        }

        public java.util.Date deadline(DelegateExecution execution) {
            return deadline;
        }
    }

    /** A listener that records; it refuses when the test set the variable "refuse" to its name. */
    record RecordingListener(String name) implements ExecutionListener, TaskListener {

        @Override
        public void notify(DelegateExecution execution) {
            if (!execution.isCanceled() && name.equals(execution.getVariable("refuse"))) {
                throw new InvalidFormInputException("refuse", "Bị từ chối trong kiểm thử.");
            }
            record(name, execution);
        }

        @Override
        public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
            CALLS.computeIfAbsent(name + ":create", k -> new ArrayList<>()).add(task.getVariables());
        }
    }
}
