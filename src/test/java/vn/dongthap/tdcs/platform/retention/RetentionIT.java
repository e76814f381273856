package vn.dongthap.tdcs.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
