package vn.dongthap.tdcs.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;

/**
 * Benchmark, not a test (its name keeps it out of the default run): how fast officers' completions go
 * when a round's unit reports are independent instances (the application's structure) versus one
 * parallel multi-instance of the same unit-report (the baseline), on PostgreSQL, in one run.
 *
 * <pre>mvn -B verify -Dskip.lint=true -Dtest=RoundStructureBenchmark -Dbenchmark.units=600</pre>
 *
 * Prints one line per structure: instances started, seconds to start, task completions (officer and
 * leader of every unit), seconds, completions per second, and seconds to close the round (every unit
 * report ends at once). Nothing is asserted about time.
 */
@PostgresIntegrationTest
@Import(RoundStructureBenchmark.Units.class)
class RoundStructureBenchmark {

    private static final int UNITS = Integer.getInteger("benchmark.units", 600);

    @Autowired
    ReportingTestSupport reporting;
    @Autowired
    RoundOpening opening;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    BenchmarkUnits benchmarkUnits;
    @Autowired
    ReportingProperties properties;
    @Autowired
    PlanRegisterQueries plan;

    @Test
    void independentInstancesVersusOneMultiInstance() {
        repositoryService.createDeployment().name("benchmark")
                .addClasspathResource("benchmark/benchmark-mi-round.bpmn").deploy();
        long version = plan.versionInForce(LocalDate.now()).orElseThrow();
        ReportRound round = opening.openRequest(RoundKind.DOT_XUAT, "Đo hiệu năng cấu trúc kỳ báo cáo", null,
                opening.reportingUnits(version), LocalDate.now().plusDays(30), null, "benchmark");
        List<String> unitCycle = opening.reportingUnits(round.planVersionId());
        List<String> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(unitCycle.get(i % unitCycle.size()));
        }
        benchmarkUnits.ids = units;
        Map<String, Object> roundVariables = RoundVariables.of(round, properties.zone());
        try {
            String independentKey = round.key() + "-DOC-LAP";
            long start = System.nanoTime();
            for (int i = 0; i < units.size(); i++) {
                Map<String, Object> variables = new HashMap<>(roundVariables);
                variables.put(RoundVariables.ROUND_KEY, independentKey);
                variables.put(RoundVariables.UNIT_NAME, units.get(i));
                runtimeService.startProcessInstanceByKey("unit-report", independentKey + "/" + i, variables);
            }
            double startSeconds = seconds(start);
            report("independent instances (application)", units.size(), startSeconds, completeAll(independentKey),
                    close(independentKey));

            String miKey = round.key() + "-MI";
            Map<String, Object> variables = new HashMap<>(roundVariables);
            variables.put(RoundVariables.ROUND_KEY, miKey);
            start = System.nanoTime();
            runtimeService.startProcessInstanceByKey("benchmark-mi-round", miKey, variables);
            startSeconds = seconds(start);
            report("one parallel multi-instance (baseline)", units.size(), startSeconds, completeAll(miKey), close(miKey));
        } finally {
            reporting.purgeRound(round.key());
            runtimeService.createProcessInstanceQuery().processDefinitionKey("benchmark-mi-round").list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "benchmark", true, true));
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(round.key() + "%").list()
                    .forEach(p -> runtimeService.deleteProcessInstanceIfExists(p.getId(), "benchmark", true, true, false, false));
        }
    }

    /** Officer drafts and leader approves every unit report of the round; returns {completions, seconds}. */
    private double[] completeAll(String roundKey) {
        Map<String, Map<String, Object>> reportByUnit = new HashMap<>();
        long start = System.nanoTime();
        int completions = 0;
        for (String step : List.of("Task_DraftReport", "Task_ApproveReport")) {
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKeyLike(roundKey + "/%")
                    .taskDefinitionKey(step).list();
            for (Task task : tasks) {
                Map<String, Object> variables;
                if (step.equals("Task_DraftReport")) {
                    String unit = (String) taskService.getVariable(task.getId(), RoundVariables.UNIT_NAME);
                    variables = reportByUnit.computeIfAbsent(unit, u -> reporting.filledReport(task.getId(), "Đo hiệu năng"));
                } else {
                    variables = Map.of("approvalDecision", "duyet");
                }
                taskService.complete(task.getId(), variables);
                completions++;
            }
        }
        return new double[] {completions, seconds(start)};
    }

    /** Closing the round ends every unit report at once (message Msg_RoundClosed); returns seconds. */
    private double close(String roundKey) {
        long start = System.nanoTime();
        runtimeService.createMessageCorrelation(CloseRoundDelegate.MESSAGE)
                .processInstanceVariableEquals(RoundVariables.ROUND_KEY, roundKey).correlateAllWithResult();
        return seconds(start);
    }

    private static void report(String structure, int units, double startSeconds, double[] completion,
                               double closeSeconds) {
        System.out.printf("BENCHMARK %-40s units=%d start=%.1fs completions=%d in %.1fs => %.1f completions/s;"
                        + " closing the round=%.1fs%n",
                structure, units, startSeconds, (int) completion[0], completion[1], completion[0] / completion[1],
                closeSeconds);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The multi-instance collection, as a bean: a list of thousands of ids cannot be a process variable. */
    public static class BenchmarkUnits {
        volatile List<String> ids = List.of();

        public List<String> getIds() {
            return ids;
        }
    }

    @TestConfiguration
    static class Units {
        @Bean("benchmarkUnits")
        BenchmarkUnits benchmarkUnits() {
            return new BenchmarkUnits();
        }
    }
}
