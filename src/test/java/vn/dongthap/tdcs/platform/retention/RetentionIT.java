package vn.dongthap.tdcs.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;

/** History retention comes from app.retention, and the cleanup runs at night in Vietnam, not in the JVM's zone. */
@PostgresIntegrationTest
class RetentionIT {

    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    RetentionSync sync;
    @Autowired
    RemovalTimeBackfill backfill;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    @Test
    void historyIsRemovedTheConfiguredDaysAfterAProcessStartedAndOneRunningWithoutARemovalTimeGetsIt() {
        String deployment = repository.createDeployment().name("retention-test")
                .addModelInstance("retention-test.bpmn", Bpmn.createExecutableProcess("retention-test").startEvent()
                        .userTask("Task_Wait").endEvent().done())
                .deploy().getId();
        try {
            String instance = runtime.startProcessInstanceByKey("retention-test").getId();
            HistoricProcessInstance started = history.createHistoricProcessInstanceQuery().processInstanceId(instance)
                    .singleResult();
            Date expected = Date.from(started.getStartTime().toInstant().plus(Duration.ofDays(7300)));
            assertThat(started.getRemovalTime()).isEqualTo(expected);
            assertThat(taskRemovalTime(instance)).isEqualTo(expected);

            // as for a process started while the removal time was set at the end: none until it ends
            jdbc.sql("update ACT_HI_PROCINST set REMOVAL_TIME_ = null where ID_ = ?").param(instance).update();
            jdbc.sql("update ACT_HI_TASKINST set REMOVAL_TIME_ = null where ROOT_PROC_INST_ID_ = ?").param(instance).update();
            Batch batch = backfill.backfill().orElseThrow();
            runBatch(batch);

            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
                    .getRemovalTime()).isEqualTo(expected);
            assertThat(taskRemovalTime(instance)).isEqualTo(expected);
            assertThat(backfill.backfill()).as("nothing left without a removal time").isEmpty();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    private Date taskRemovalTime(String instance) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(instance).singleResult().getRemovalTime();
    }

    /** The job executor is off in tests: the batch's seed job, then its execution jobs, by hand. */
    private void runBatch(Batch batch) {
        management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        management.deleteBatch(batch.getId(), true);
    }

    @Test
    void everyProcessKeepsItsHistoryForTheConfiguredDays() {
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(latest).extracting(ProcessDefinition::getKey).contains("unit-report", "daily-digest");
        for (ProcessDefinition definition : latest) {
            int expected = switch (definition.getKey()) {
                case "daily-digest" -> 30;
                case "notification-delivery" -> 90;
                default -> 7300;
            };
            assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void aDefinitionDeployedWithAnotherTimeToLiveTakesTheSettingAtStartup() {
        ProcessDefinition unitReport = repository.createProcessDefinitionQuery().processDefinitionKey("unit-report")
                .latestVersion().singleResult();
        repository.updateProcessDefinitionHistoryTimeToLive(unitReport.getId(), 5);

        sync.run(null);

        assertThat(repository.getProcessDefinition(unitReport.getId()).getHistoryTimeToLive()).isEqualTo(7300);
    }

    @Test
    void theCleanupIsScheduledAtTenInTheEveningVietnamTime() {
        List<Job> cleanup = history.findHistoryCleanupJobs();
        assertThat(cleanup).isNotEmpty();
        for (Job job : cleanup) {
            ZonedDateTime due = job.getDuedate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
            // inside 22:00–05:00 in Vietnam (the JVM here runs in UTC: 22:00 UTC would be 05:00 in Vietnam)
            assertThat(due.getHour() >= 22 || due.getHour() < 5).as("due %s", due).isTrue();
        }
    }
}
