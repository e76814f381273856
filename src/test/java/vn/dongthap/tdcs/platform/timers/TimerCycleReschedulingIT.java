package vn.dongthap.tdcs.platform.timers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dongthap.tdcs.PostgresIntegrationTest;
import vn.dongthap.tdcs.identity.DemoUsers;
import vn.dongthap.tdcs.reporting.ReportingTestSupport;

/**
 * A changed cron reaches the timers already waiting: the yearly opening, the morning digest and the daily
 * deadline check of every open unit report. Timers are made under the configuration of the test profile (the
 * defaults), then the rescheduler runs as at a restart with new cron values; the engine clock is moved to the
 * new and the old times. Crons are server time (the JVM's zone), as the engine reads them.
 */
@PostgresIntegrationTest
class TimerCycleReschedulingIT {

    private static final String ANNUAL = "${reportingSchedule.annualStartCron}";
    private static final String DIGEST = "${digestSchedule.cron}";
    private static final String DAILY_CHECK = "${reminderSchedule.dailyCheck}";
    /** app.time-zone in the test configuration: crons run in it, whatever the JVM's default zone. */
    private static final ZoneId SERVER = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    TimerCycleRescheduler rescheduler;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ReportingTestSupport reporting;

    String round;

    @AfterEach
    void restoreConfiguredTimers() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey("annual-report-schedule").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "kiểm thử", true, true));
        reporting.purgeRound("BC-NAM-2027");
        if (round != null) {
            reporting.purgeRound(round);
        }
        ClockUtil.reset();
        // the start timers are shared with the other tests: back to the test profile's cron
        rescheduler.rescheduleToConfiguration();
    }

    @Test
    void theStartupPathReadsTheCronsFromTheConfiguration() {
        // application.yaml defaults, unchanged by the test profile
        assertThat(rescheduler.configuredCycle(ANNUAL)).contains("0 0 8 * 9 ?");
        assertThat(rescheduler.configuredCycle(DIGEST)).contains("0 30 7 * * ?");
        assertThat(rescheduler.configuredCycle(DAILY_CHECK)).contains("0 0 8 * * ?");
        assertThat(rescheduler.configuredCycle("${cycleOfThisInstance}")).isEmpty(); // a process variable
        // nothing differs from the configuration: a restart moves nothing
        clock(2027, 3, 1, 12, 0);
        rescheduler.reschedule(rescheduler::configuredCycle);
        Map<String, Integer> moved = rescheduler.reschedule(rescheduler::configuredCycle);
        assertThat(moved).containsOnlyKeys(ANNUAL, DIGEST, DAILY_CHECK);
        assertThat(moved.values()).containsOnly(0);
    }

    @Test
    void aNewAnnualStartCronMovesTheWaitingYearlyTimer() {
        clock(2027, 8, 1, 12, 0);
        Job timer = startTimer("annual-report-schedule");
        managementService.setJobDuedate(timer.getId(), at(2027, 9, 1, 8, 0)); // as made under "0 0 8 1 9 ?"

        assertThat(rescheduler.reschedule(cycles(ANNUAL, "0 0 8 15 8 ?"))).containsEntry(ANNUAL, 1);
        assertThat(job(timer.getId()).getDuedate()).isEqualTo(at(2027, 8, 15, 8, 0));

        clock(2027, 8, 15, 7, 59);
        assertThat(executable(timer.getId())).isFalse();
        clock(2027, 8, 15, 8, 0);
        long runs = runsOf("annual-report-schedule");
        managementService.executeJob(timer.getId());
        assertThat(runsOf("annual-report-schedule")).isEqualTo(runs + 1);
        // the next year follows the new cron too, and nothing is left for the old date
        assertThat(startTimer("annual-report-schedule").getDuedate()).isEqualTo(at(2028, 8, 15, 8, 0));
        clock(2027, 9, 1, 8, 0);
        assertThat(managementService.createJobQuery().processDefinitionKey("annual-report-schedule").executable().count())
                .isZero();
    }

    @Test
    void aNewDigestCronMovesTheWaitingDigestTimer() {
        clock(2027, 3, 1, 12, 0);
        Job timer = startTimer("daily-digest");
        managementService.setJobDuedate(timer.getId(), at(2027, 3, 2, 7, 30)); // as made under "0 30 7 * * ?"

        assertThat(rescheduler.reschedule(cycles(DIGEST, "0 0 6 * * ?"))).containsEntry(DIGEST, 1);
        assertThat(job(timer.getId()).getDuedate()).isEqualTo(at(2027, 3, 2, 6, 0));

        clock(2027, 3, 2, 6, 0);
        long runs = runsOf("daily-digest");
        managementService.executeJob(timer.getId());
        assertThat(runsOf("daily-digest")).isEqualTo(runs + 1);
        assertThat(startTimer("daily-digest").getDuedate()).isEqualTo(at(2027, 3, 3, 6, 0));
        clock(2027, 3, 2, 7, 30);
        assertThat(managementService.createJobQuery().processDefinitionKey("daily-digest").executable().count()).isZero();
    }

    @Test
    void aNewDailyCheckCronMovesTheTimerOfEveryOpenUnitReportInOneGo() {
        clock(2027, 3, 1, 9, 0);
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong", "xa-my-tho"), "2027-03-31")
                .getBusinessKey();
        List<Job> timers = dailyChecks();
        assertThat(timers).hasSize(2).allSatisfy(t -> assertThat(t.getDuedate()).isEqualTo(at(2027, 3, 2, 8, 0)));

        Map<String, Integer> moved = rescheduler.reschedule(cycles(DAILY_CHECK, "0 0 6 * * ?"));
        assertThat(moved.get(DAILY_CHECK)).isGreaterThanOrEqualTo(2); // and any other round's open reports
        assertThat(dailyChecks()).allSatisfy(t -> {
            assertThat(t.getDuedate()).isEqualTo(at(2027, 3, 2, 6, 0));
            assertThat(((TimerEntity) t).getRepeat()).isEqualTo("0 0 6 * * ?");
        });

        clock(2027, 3, 2, 6, 0);
        List<String> reports = dailyChecks().stream().map(Job::getProcessInstanceId).toList();
        for (Job timer : dailyChecks()) {
            assertThat(executable(timer.getId())).isTrue();
            managementService.executeJob(timer.getId());
        }
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_RemindOrEscalate")
                .startedAfter(at(2027, 3, 2, 5, 59)).list())
                .filteredOn(a -> reports.contains(a.getProcessInstanceId())).hasSize(2);
        assertThat(dailyChecks()).hasSize(2).allSatisfy(t -> assertThat(t.getDuedate()).isEqualTo(at(2027, 3, 3, 6, 0)));
        clock(2027, 3, 2, 8, 0);
        assertThat(dailyChecks()).noneMatch(t -> executable(t.getId()));
    }

    @Test
    void timersMissedWhileTheApplicationWasDownStillFireAtOnce() {
        clock(2027, 3, 1, 9, 0);
        round = reporting.openAdhocRound(DemoUsers.CONSOLIDATOR, List.of("xa-tan-hong"), "2027-03-31").getBusinessKey();
        clock(2027, 3, 2, 9, 0); // restarted after 08:00: today's check has not run yet
        rescheduler.reschedule(cycles(DAILY_CHECK, "0 0 6 * * ?"));
        Job missed = dailyChecks().get(0);
        assertThat(missed.getDuedate()).isEqualTo(at(2027, 3, 2, 8, 0));
        assertThat(executable(missed.getId())).isTrue();
        managementService.executeJob(missed.getId());
        assertThat(dailyChecks().get(0).getDuedate()).isEqualTo(at(2027, 3, 3, 6, 0));
    }

    @Test
    void anInvalidCronIsRefusedInVietnameseAndNothingMoves() {
        Job before = startTimer("daily-digest");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rescheduler.reschedule(cycles(DIGEST, "7 giờ 30 hằng ngày")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Lịch hẹn giờ ${digestSchedule.cron} = \"7 giờ 30 hằng ngày\" không phải biểu thức cron hợp lệ");
        Job after = job(before.getId());
        assertThat(after.getDuedate()).isEqualTo(before.getDuedate());
        assertThat(((TimerEntity) after).getRepeat()).isEqualTo("0 30 7 * * ?");
    }

    private static java.util.function.Function<String, Optional<String>> cycles(String expression, String cron) {
        return e -> e.equals(expression) ? Optional.of(cron) : Optional.empty();
    }

    private List<Job> dailyChecks() {
        return managementService.createJobQuery().processDefinitionKey("unit-report").timers().list().stream()
                .filter(job -> isOfRound(job.getProcessInstanceId())).toList();
    }

    /** Runs of a timer-started process so far (history from earlier runs on the same database included). */
    private long runsOf(String processKey) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
    }

    private boolean isOfRound(String processInstanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .processInstanceBusinessKeyLike(round + "/%").count() == 1;
    }

    private Job startTimer(String processKey) {
        return managementService.createJobQuery().processDefinitionKey(processKey).timers().singleResult();
    }

    private Job job(String id) {
        return managementService.createJobQuery().jobId(id).singleResult();
    }

    private boolean executable(String jobId) {
        return managementService.createJobQuery().jobId(jobId).executable().count() == 1;
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SERVER).toInstant());
    }

    private static void clock(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(at(year, month, day, hour, minute));
    }
}
