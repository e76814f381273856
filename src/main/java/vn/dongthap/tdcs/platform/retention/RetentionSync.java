package vn.dongthap.tdcs.platform.retention;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Definitions deployed before a change of {@code app.retention.history-days} (every version, since instances of old
 * versions still finish) take the new time to live at startup; the parse listener only sees new deployments.
 * Instances already started keep the removal time computed when they started.
 */
@Component
class RetentionSync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RetentionSync.class);

    private final RepositoryService repository;
    private final RetentionProperties retention;

    RetentionSync(RepositoryService repository, RetentionProperties retention) {
        this.repository = repository;
        this.retention = retention;
    }

    @Override
    public void run(ApplicationArguments args) {
        int changed = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
            int days = retention.historyDaysOf(definition.getKey());
            if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        if (changed > 0) {
            log.info("Thời hạn lưu lịch sử: đã cập nhật {} phiên bản quy trình theo app.retention.history-days", changed);
        }
    }
}
