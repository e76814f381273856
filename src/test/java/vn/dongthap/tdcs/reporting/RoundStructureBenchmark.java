package vn.dongthap.tdcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.timers.TimerCycleRescheduler;

/**
 * Benchmark, not a test (its name keeps it out of {@code mvn verify}): a reporting round as the application runs
 * it, on PostgreSQL, with baselines measured in the same run. Command and figures: README, "Benchmark: round
 * structure".
 *
 * <p>Production path, as users and the job executor drive it (engine API, no HTTP; the job executor on, with
 * application.yaml's settings): the consolidator submits the start form of {@code annual-report-cycle} (Tasklist's
 * submit-form, through the command guard); the {@code Task_StartUnitReports} chunk jobs start the units' reports in
 * parallel (timed until every unit's task exists); each unit's officer submits the draft form and its leader the
 * approval form (validators, submission records, new-task notices); the consolidator submits the monitoring form
 * with "Đóng kỳ" (her request, then the {@code Task_CloseUnitReports} chunk jobs until the round is closed); then the
 * job that writes the consolidated Word/Excel report. Also timed: moving every open unit
 * report's daily-check timer to another cron, as a restart with a changed {@code app.reminders.daily-check}
 * does.
 *
 * <p>Baselines: the raw engine starting a one-user-task process N times (one thread, and as many threads as the job
 * executor's core pool), against which the cost per unit of the opening is given, then completing their tasks from
 * as many threads (no user, no form), against which the round's completion rate is given; the raw engine starting
 * the same number of {@code unit-report} instances one transaction each (what this benchmark did before), and, up
 * to 1 000 units unless {@code -Dbenchmark.multi-instance=…}, the round as one parallel multi-instance of
 * {@code unit-report} completed through the same forms.
 *
 * <p>{@code -Dbenchmark.units=N}: the annual round asks every reporting unit of the register, 120 in Đồng Tháp's
 * data; above that, the register is loaded from a copy of {@code don-vi.yaml} with N − 120 generated communes
 * ({@link BenchmarkUnitsFile}), which the plan's collective "UBND cấp xã" takes in. Run it on a database of its
 * own: the generated units and the plan version they make stay in it.
 */
@PostgresIntegrationTest
@Import(RoundStructureBenchmark.Units.class)
class RoundStructureBenchmark {

    /** Reporting units of the annual round with the register's own data (checked when the round opens). */
    static final int REGISTER_UNITS = 120;
    private static final int UNITS = Integer.getInteger("benchmark.units", REGISTER_UNITS);
    private static final boolean MULTI_INSTANCE =
            Boolean.parseBoolean(System.getProperty("benchmark.multi-instance", String.valueOf(UNITS <= 1000)));
    /**
     * Units of the warm-up round: 1 000 for a national run. After a warm-up of 120, the JIT compiler was still busy
     * compiling the engine's and the application's paths during the national opening (JFR: ≈ 9 s of C2 compilation
     * inside a 9 s opening on 2 cores), a cost the raw-engine baselines measured after it do not pay.
     */
    private static final int WARM_UP_UNITS = Integer.getInteger("benchmark.warm-up-units", Math.min(UNITS, 1000));
    private static final String DAILY_CHECK = "${reminderSchedule.dailyCheck}";

    @DynamicPropertySource
    static void unitsFile(DynamicPropertyRegistry registry) {
        // The production path: the job executor runs the opening and closing chunks (and the mail jobs) in parallel,
        // with application.yaml's settings.
        registry.add("camunda.bpm.job-execution.enabled", () -> "true");
        // No SMTP server here: mails are written to the outbox and marked skipped by their jobs.
        registry.add("spring.autoconfigure.exclude", () -> "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration");
        if (UNITS > REGISTER_UNITS) {
            registry.add("app.plan.units-file", () -> BenchmarkUnitsFile.write(UNITS - REGISTER_UNITS));
        }
    }

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
    FormService formService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    BenchmarkUnits benchmarkUnits;
    @Autowired
    AppClock clock;
    @Autowired
    TimerCycleRescheduler rescheduler;
    @Autowired
    PlanRegisterQueries plan;
    @org.springframework.beans.factory.annotation.Value("${camunda.bpm.job-execution.core-pool-size:3}")
    int jobExecutorThreads;
    @Autowired
    TestRestTemplate http;
    @org.springframework.beans.factory.annotation.Value("${app.demo.password}")
    String password;

    @Test
    void aRoundAsTheApplicationRunsItWithBaselines() {
        LocalDate today = clock.today();
        // this year's round, purged first (a database of its own): its deadline is moved a month ahead, and the data
        // cutoff of the regime (30/09) lies before that only in the current year
        int year = today.getYear();
        String annualKey = RoundKind.HANG_NAM.keyPrefix() + "-" + year;
        reporting.purgeRound(annualKey);
        List<String> purge = new ArrayList<>(List.of(annualKey));
        try {
            // Warm-up (JIT, caches: the first structure measured in a cold JVM was 2× slower) through the same path:
            // an ad-hoc request to up to 1 000 units.
            List<String> registerUnits = opening.reportingUnits(plan.versionInForce(today).orElseThrow());
            List<String> warmUpUnits = registerUnits.subList(0, Math.min(WARM_UP_UNITS, registerUnits.size()));
            purge.add(production("warm-up, ad-hoc request", () -> requestRound(warmUpUnits)));
            // The province's own round as a running server opens it: a request to 120 units of the register (the
            // province's size), in the warmed-up JVM.
            List<String> provinceUnits = registerUnits.subList(0, Math.min(REGISTER_UNITS, registerUnits.size()));
            purge.add(production("province round (warm JVM), ad-hoc request", () -> requestRound(provinceUnits)));

            production("production, annual round", () -> annualRound(year));
            oneUserTaskBaseline(UNITS, "opening the annual round");
            List<String> units = rounds.units(rounds.findByKey(annualKey).orElseThrow().id()).stream()
                    .map(UnitInRound::unitId).toList();
            assertThat(units).as("reporting units of the annual round (-Dbenchmark.units)").hasSize(UNITS);

            ReportRound raw = openRequestRound(units);
            purge.add(raw.key());
            rawEngineStart(raw, units);
            if (MULTI_INSTANCE) {
                ReportRound multiInstance = openRequestRound(units);
                purge.add(multiInstance.key());
                multiInstance(multiInstance, units);
            }
        } finally {
            runtimeService.createProcessInstanceQuery().processDefinitionKey("benchmark-mi-round").list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "benchmark", true, true));
            purge.forEach(reporting::purgeRound);
        }
    }

    /** The consolidator submits the start form of the year's round (annual-report-cycle); returns the round key. */
    private String annualRound(int year) {
        String definition = latest("annual-report-cycle");
        // a month ahead: once the year's deadline by the regime has passed, a round opens only with a new one
        String deadline = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1).toString();
        return as(DemoUsers.CONSOLIDATOR, () -> formService.submitStartForm(definition,
                Map.of("reportYear", (long) year, "deadlineOverride", deadline))).getBusinessKey();
    }

    /** The consolidator submits the start form of an ad-hoc request (adhoc-report-request); returns the round key. */
    private String requestRound(List<String> units) {
        String definition = latest("adhoc-report-request");
        Map<String, Object> form = new HashMap<>();
        form.put("reportKind", "dot-xuat");
        form.put("topic", "Khởi động đo hiệu năng");
        form.put("unitIds", SpinValues.jsonValue(units.stream().map(u -> "\"" + u + "\"")
                .collect(Collectors.joining(",", "[", "]"))).create());
        form.put("requestedDeadline", clock.today()
                .plusDays(30).toString());
        return as(DemoUsers.CONSOLIDATOR, () -> formService.submitStartForm(definition, form)).getBusinessKey();
    }

    /**
     * A round through the application: the start form, the job that starts the unit reports, every unit's forms,
     * closing from the monitoring form, the Word/Excel job. Prints the figures; returns the round key.
     */
    private String production(String label, Supplier<String> startForm) {
        awaitIdleJobExecutor();
        long start = System.nanoTime();
        String roundKey = startForm.get();
        double openSeconds = seconds(start);
        long returned = System.nanoTime();
        int units = rounds.units(rounds.findByKey(roundKey).orElseThrow().id()).size();
        // The chunk jobs run on the job executor: wait until every unit's draft task and the consolidator's
        // monitoring task exist (counted, not listed: the polling shares the processor with the jobs it waits for).
        await(() -> taskCount(roundKey, "Task_DraftReport") == units && monitoringTask(roundKey) != null);
        double tasksSeconds = seconds(start);
        double tasksAfterReturnSeconds = seconds(returned);
        awaitIdleJobExecutor();
        dashboard(roundKey, units, "open");

        start = System.nanoTime();
        Map<String, Integer> moved = rescheduler.reschedule(e -> e.equals(DAILY_CHECK) ? Optional.of("0 0 7 * * ?") : Optional.empty());
        double rescheduleSeconds = seconds(start);
        rescheduler.rescheduleToConfiguration();

        double[] completions = completeAll(roundKey, jobExecutorThreads);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(roundKey + "/%").count())
                .as("every unit submitted").isZero();
        awaitIdleJobExecutor();

        Task monitoring = monitoringTask(roundKey);
        start = System.nanoTime();
        asUser(DemoUsers.CONSOLIDATOR, new HashMap<>(),
                () -> formService.submitTaskForm(monitoring.getId(), reporting.closeRound(roundKey)));
        double closeRequestSeconds = seconds(start);
        await(() -> rounds.findByKey(roundKey).orElseThrow().status() == RoundStatus.DA_DONG);
        double closeSeconds = seconds(start);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitReportModel.PROCESS_KEY)
                .processInstanceBusinessKeyLike(roundKey + "/%").count()).isZero();

        long closed = System.nanoTime();
        await(() -> taskService.createTaskQuery().processInstanceBusinessKey(roundKey)
                .taskDefinitionKey("Task_PrepareDispatch").count() == 1);
        double documentSeconds = seconds(closed);
        dashboard(roundKey, units, "closed");

        System.out.printf("BENCHMARK %s %s, units=%d: start form %.2fs; every task exists %.2fs after the start call "
                        + "(%.2fs after it returned; %.2f ms per unit); %d completions (%d threads) in %.1fs => %.1f/s; "
                        + "closing: "
                        + "the consolidator's request %.2fs, every unit report closed %.2fs after her click; Word/Excel "
                        + "job %.1fs; moving %d daily-check timers to a new cron %.2fs%n",
                label, roundKey, units, openSeconds, tasksSeconds, tasksAfterReturnSeconds, 1000 * tasksSeconds / units,
                (int) completions[0], jobExecutorThreads, completions[1], completions[0] / completions[1],
                closeRequestSeconds, closeSeconds,
                documentSeconds, moved.getOrDefault(DAILY_CHECK, 0), rescheduleSeconds);
        System.out.printf("BENCHMARK memory after %s: JVM RSS %s, heap used %d MB of %d MB committed%n", label, rss(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                Runtime.getRuntime().totalMemory() >> 20);
        lastOpeningSeconds = tasksSeconds;
        lastCompletionsPerSecond = completions[0] / completions[1];
        return roundKey;
    }

    private double lastOpeningSeconds;
    private double lastCompletionsPerSecond;

    /**
     * The managers' dashboard API for the round over HTTP (as the manager, 5 calls, after one untimed call), against
     * the plain list of the register's units (/api/units) in the same run.
     */
    private void dashboard(String roundKey, int units, String when) {
        double[] api = timedGets("/api/dashboard/rounds/" + roundKey);
        double[] baseline = timedGets("/api/units");
        System.out.printf("BENCHMARK dashboard API, round %s with %d units (%s): median %.0f ms, max %.0f ms; baseline "
                + "/api/units median %.0f ms, max %.0f ms%n", roundKey, units, when, api[0], api[1], baseline[0], baseline[1]);
    }

    /** {median, max} in ms of 5 GETs after one untimed call. */
    private double[] timedGets(String path) {
        TestRestTemplate manager = http.withBasicAuth(DemoUsers.MANAGER, password);
        assertThat(manager.getForEntity(path, String.class).getStatusCode().is2xxSuccessful()).as(path).isTrue();
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            manager.getForEntity(path, String.class);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return new double[] {ms[ms.length / 2], ms[ms.length - 1]};
    }

    /** Resident set size of this JVM (the application under test), from /proc. */
    private static String rss() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> (Long.parseLong(l.replaceAll("\\D", "")) >> 10) + " MB")
                    .findFirst().orElse("?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private Task monitoringTask(String roundKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(roundKey).taskDefinitionKey("Task_MonitorRound")
                .singleResult();
    }

    /** Waits (polling every 50 ms, at most 30 minutes) until the condition holds. */
    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 1_800_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("benchmark: condition not reached within 30 minutes");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Lets the mail jobs of the previous step finish, so that each figure measures its own step. */
    private void awaitIdleJobExecutor() {
        await(() -> managementService.createJobQuery().executable().count() == 0);
    }

    /**
     * Baseline: the raw engine's cheapest start, a one-user-task process, N times from one thread and from as many
     * threads as the job executor's core pool; prints the cost per unit of the round's opening against both. Then
     * completes their tasks from as many threads, against which it prints the round's completion rate.
     */
    private void oneUserTaskBaseline(int units, String label) {
        awaitIdleJobExecutor();
        repositoryService.createDeployment().name("benchmark").addClasspathResource("benchmark/benchmark-one-user-task.bpmn")
                .enableDuplicateFiltering(true).deploy();
        long start = System.nanoTime();
        for (int i = 0; i < units; i++) {
            runtimeService.startProcessInstanceByKey("benchmark-one-user-task", "benchmark-" + i);
        }
        double oneThread = seconds(start);
        int threads = jobExecutorThreads;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        start = System.nanoTime();
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < units; i++) {
                int n = i;
                futures.add(pool.submit(() -> runtimeService.startProcessInstanceByKey("benchmark-one-user-task", "benchmark-p" + n)));
            }
            for (var future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdown();
        }
        double parallel = seconds(start);
        // The engine's cheapest completion (no form, no user, so no authorization check) from as many threads as
        // the round's completions: the floor under a person's submission on this machine today.
        List<String> taskIds = taskService.createTaskQuery().processDefinitionKey("benchmark-one-user-task").list()
                .stream().map(Task::getId).toList();
        start = System.nanoTime();
        inParallel(threads, taskIds, taskService::complete);
        double rawCompletionsPerSecond = taskIds.size() / seconds(start);
        runtimeService.createProcessInstanceQuery().processDefinitionKey("benchmark-one-user-task").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "benchmark", true, true));
        System.out.printf("BENCHMARK baseline: raw engine, one-user-task process, %d starts: one thread %.2fs (%.2f ms "
                        + "each), %d threads %.2fs (%.2f ms each); %s: %.2f ms per unit = %.1f× one thread, %.1f× %d "
                        + "threads%n",
                units, oneThread, 1000 * oneThread / units, threads, parallel, 1000 * parallel / units, label,
                1000 * lastOpeningSeconds / units, lastOpeningSeconds / oneThread, lastOpeningSeconds / parallel, threads);
        System.out.printf("BENCHMARK baseline: raw engine, one-user-task process, %d completions (%d threads, no user, "
                        + "no form): %.1f/s; the round's completions (%d threads, each user's form): %.1f/s = %.0f%% of it%n",
                taskIds.size(), threads, rawCompletionsPerSecond, threads, lastCompletionsPerSecond,
                100 * lastCompletionsPerSecond / rawCompletionsPerSecond);
    }

    private String latest(String processKey) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
                .singleResult().getId();
    }

    /** Baseline: the same number of unit reports started by the raw engine, one transaction each. */
    private void rawEngineStart(ReportRound round, List<String> units) {
        awaitIdleJobExecutor();
        long start = System.nanoTime();
        for (String unit : units) {
            Map<String, Object> variables = new HashMap<>();
            RoundVariables.UNIT_NAME.put(variables, unit);
            String instance = runtimeService.startProcessInstanceByKey(UnitReportModel.PROCESS_KEY,
                    new UnitReportKey(round.key(), unit).toString(), variables).getId();
            rounds.attachInstance(round.id(), unit, instance);
        }
        System.out.printf("BENCHMARK baseline: raw engine, units=%d: start (one transaction per unit report) %.1fs%n",
                units.size(), seconds(start));
    }

    /** Baseline: the round as one parallel multi-instance of unit-report, completed through the same forms. */
    private void multiInstance(ReportRound round, List<String> units) {
        awaitIdleJobExecutor();
        repositoryService.createDeployment().name("benchmark").addClasspathResource("benchmark/benchmark-mi-round.bpmn")
                .enableDuplicateFiltering(true).deploy();
        benchmarkUnits.ids = units;
        long start = System.nanoTime();
        runtimeService.startProcessInstanceByKey("benchmark-mi-round", round.key(), RoundVariables.of(round, clock.zone()));
        double startSeconds = seconds(start);
        double[] completions = completeAll(round.key(), 1);
        start = System.nanoTime();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitReportModel.PROCESS_KEY)
                .processInstanceBusinessKeyLike(round.key() + "/%").list()
                .forEach(p -> runtimeService.createMessageCorrelation(UnitReportModel.MSG_ROUND_CLOSED)
                        .processInstanceId(p.getId()).correlateAllWithResult());
        System.out.printf("BENCHMARK baseline: one parallel multi-instance, units=%d: start %.1fs; %d completions in %.1fs"
                        + " => %.1f/s; closing (message to each unit report) %.1fs%n",
                units.size(), startSeconds, (int) completions[0], completions[1], completions[0] / completions[1],
                seconds(start));
    }

    private ReportRound openRequestRound(List<String> units) {
        return opening.openRequest(RoundKind.DOT_XUAT, "Đo hiệu năng cấu trúc kỳ báo cáo", null, units,
                clock.today().plusDays(30), null, "benchmark");
    }

    /**
     * Every unit's officer submits the draft form, then every leader the approval form, each as that user, from
     * {@code threads} threads (officers of different units work at the same time); returns {completions, seconds}.
     * Who works on which task and the reports' contents are read before the clock starts (Tasklist has them on
     * screen).
     */
    private double[] completeAll(String roundKey, int threads) {
        Map<String, List<String>> groups = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> officers = new HashMap<>();
        Map<String, Map<String, Object>> drafts = new HashMap<>();
        for (Task task : tasks(roundKey, "Task_DraftReport")) {
            officers.put(task.getId(), DemoUsers.officerOf(unitOf(task)));
            drafts.put(task.getId(), reporting.filledReport(task.getId(), "Đo hiệu năng"));
        }
        officers.values().forEach(u -> groups.put(u, groupsOf(u)));
        long start = System.nanoTime();
        inParallel(threads, drafts.keySet(), taskId -> asUser(officers.get(taskId), groups,
                () -> formService.submitTaskForm(taskId, drafts.get(taskId))));
        double seconds = seconds(start);

        Map<String, String> leaders = new HashMap<>();
        for (Task task : tasks(roundKey, "Task_ApproveReport")) {
            leaders.put(task.getId(), DemoUsers.leaderOf(unitOf(task)));
        }
        leaders.values().forEach(u -> groups.put(u, groupsOf(u)));
        start = System.nanoTime();
        inParallel(threads, leaders.keySet(), taskId -> asUser(leaders.get(taskId), groups,
                () -> formService.submitTaskForm(taskId, Map.of("approvalDecision", "duyet"))));
        seconds += seconds(start);
        return new double[] {drafts.size() + leaders.size(), seconds};
    }

    private static void inParallel(int threads, java.util.Collection<String> taskIds,
                                   java.util.function.Consumer<String> work) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            taskIds.forEach(id -> futures.add(pool.submit(() -> work.accept(id))));
            for (var future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdown();
        }
    }

    private long taskCount(String roundKey, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKeyLike(roundKey + "/%").taskDefinitionKey(step).count();
    }

    private List<Task> tasks(String roundKey, String step) {
        return taskService.createTaskQuery().processInstanceBusinessKeyLike(roundKey + "/%").taskDefinitionKey(step).list();
    }

    private String unitOf(Task task) {
        String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        return UnitReportKey.parse(businessKey).unitId();
    }

    /**
     * A logged-in user, as the webapp sets it for each request. The groups come from the login, which the webapp does
     * once per session: the completions read them before they are timed.
     */
    private void asUser(String userId, Map<String, List<String>> groups, Runnable action) {
        List<String> memberOf = groups.computeIfAbsent(userId, this::groupsOf);
        identityService.setAuthentication(userId, memberOf);
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private <T> T as(String userId, Supplier<T> action) {
        List<Object> result = new ArrayList<>();
        asUser(userId, new HashMap<>(), () -> result.add(action.get()));
        @SuppressWarnings("unchecked")
        T value = (T) result.get(0);
        return value;
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
