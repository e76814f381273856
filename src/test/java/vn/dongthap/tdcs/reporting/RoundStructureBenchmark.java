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
import vn.dongthap.tdcs.platform.AppClock;

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
    ReportRounds rounds;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    BenchmarkUnits benchmarkUnits;
    @Autowired
    AppClock clock;
    @Autowired
    PlanRegisterQueries plan;

    @Test
    void independentInstancesVersusOneMultiInstance() {
        repositoryService.createDeployment().name("benchmark")
                .addClasspathResource("benchmark/benchmark-mi-round.bpmn").deploy();
        long version = plan.versionInForce(LocalDate.now()).orElseThrow();
        // A unit's report is found by its business key (round/unit) and its round in the round table, so each
        // structure gets a round of its own and each unit reports once: at most the register's reporting units.
        List<String> registerUnits = opening.reportingUnits(version);
        List<String> units = registerUnits.subList(0, Math.min(UNITS, registerUnits.size()));
        ReportRound independent = openRound(units);
        ReportRound multiInstance = openRound(units);
        benchmarkUnits.ids = units;
        try {
            long start = System.nanoTime();
            for (String unit : units) {
                Map<String, Object> variables = new HashMap<>(RoundVariables.of(independent, clock.zone()));
                RoundVariables.UNIT_NAME.put(variables, unit);
                String instance = runtimeService.startProcessInstanceByKey("unit-report",
                        new UnitReportKey(independent.key(), unit).toString(), variables).getId();
                rounds.attachInstance(independent.id(), unit, instance);
            }
            double startSeconds = seconds(start);
            report("independent instances (application)", units.size(), startSeconds, completeAll(independent.key()),
                    close(independent.key()));

            start = System.nanoTime();
            runtimeService.startProcessInstanceByKey("benchmark-mi-round", multiInstance.key(),
                    RoundVariables.of(multiInstance, clock.zone()));
            startSeconds = seconds(start);
            report("one parallel multi-instance (baseline)", units.size(), startSeconds,
                    completeAll(multiInstance.key()), close(multiInstance.key()));
        } finally {
            runtimeService.createProcessInstanceQuery().processDefinitionKey("benchmark-mi-round").list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "benchmark", true, true));
            reporting.purgeRound(independent.key());
            reporting.purgeRound(multiInstance.key());
        }
    }

    private ReportRound openRound(List<String> units) {
        return opening.openRequest(RoundKind.DOT_XUAT, "Đo hiệu năng cấu trúc kỳ báo cáo", null, units,
                LocalDate.now().plusDays(30), null, "benchmark");
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
                    String unit = (String) taskService.getVariable(task.getId(), RoundVariables.UNIT_NAME.name());
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

    /** Closing the round ends every unit report (message Msg_RoundClosed to each, as Task_CloseRound does); returns seconds. */
    private double close(String roundKey) {
        long start = System.nanoTime();
        runtimeService.createProcessInstanceQuery().processDefinitionKey("unit-report")
                .processInstanceBusinessKeyLike(roundKey + "/%").list()
                .forEach(p -> runtimeService.createMessageCorrelation(UnitReportModel.MSG_ROUND_CLOSED)
                        .processInstanceId(p.getId()).correlateAllWithResult());
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
