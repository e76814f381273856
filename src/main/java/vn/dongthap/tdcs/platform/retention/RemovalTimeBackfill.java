package vn.dongthap.tdcs.platform.retention;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The removal time is set when a process starts (RetentionPlugin). A process that started while it was set at the end
 * (before 2026-12-02) and still runs has none, and its history would never be cleaned up: at startup such processes
 * get the removal time their start gives them, through Camunda's own batch (run by the job executor, retried alone).
 */
@Component
class RemovalTimeBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RemovalTimeBackfill.class);

    private final HistoryService history;

    RemovalTimeBackfill(HistoryService history) {
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        backfill();
    }

    /** The batch that sets the missing removal times, if any process lacks one. */
    Optional<Batch> backfill() {
        List<String> withoutRemovalTime = history.createHistoricProcessInstanceQuery().unfinished().rootProcessInstances()
                .list().stream().filter(instance -> instance.getRemovalTime() == null)
                .map(HistoricProcessInstance::getId).toList();
        if (withoutRemovalTime.isEmpty()) {
            return Optional.empty();
        }
        Batch batch = history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime()
                .byIds(withoutRemovalTime.toArray(String[]::new)).hierarchical().executeAsync();
        log.info("Thời hạn lưu lịch sử: {} quy trình đang chạy chưa có hạn xóa, đã giao việc nền tính hạn theo ngày bắt đầu",
                withoutRemovalTime.size());
        return Optional.of(batch);
    }
}
