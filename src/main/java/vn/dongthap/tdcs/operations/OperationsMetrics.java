package vn.dongthap.tdcs.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * The application's figures on the Prometheus endpoint. Read from the database every
 * {@code app.monitoring.refresh-interval} (not on every scrape: a national round has 3 400 units), so every node shows
 * the same cluster-wide values: aggregate them with max(), not sum().
 */
@Component
class OperationsMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);

    private final OperationsReader reader;
    private final ManagementService management;
    private final AppClock clock;
    private volatile OperationsSnapshot snapshot = OperationsSnapshot.empty();
    private MultiGauge unitsByState;
    private MultiGauge overdueUnits;
    private MultiGauge mails;
    private MultiGauge incidents;

    OperationsMetrics(OperationsReader reader, ManagementService management, AppClock clock) {
        this.reader = reader;
        this.management = management;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kehoach.rounds.open", this, m -> m.snapshot.openRounds().size())
                .description("Kỳ báo cáo đang mở").register(registry);
        unitsByState = MultiGauge.builder("kehoach.round.units")
                .description("Đơn vị của mỗi kỳ báo cáo đang mở, theo trạng thái").register(registry);
        overdueUnits = MultiGauge.builder("kehoach.round.units.overdue")
                .description("Đơn vị quá hạn chưa nộp, theo kỳ báo cáo đang mở").register(registry);
        mails = MultiGauge.builder("kehoach.outbox.mails")
                .description("Thư trong hàng đợi, theo trạng thái").register(registry);
        Gauge.builder("kehoach.outbox.oldest.waiting", this, OperationsMetrics::oldestWaitingSeconds)
                .baseUnit("seconds").description("Thư chờ gửi lâu nhất đã chờ bao lâu").register(registry);
        incidents = MultiGauge.builder("camunda.incidents")
                .description("Sự cố đang mở của bộ máy quy trình, theo loại").register(registry);
        Gauge.builder("camunda.jobs.due", this, m -> m.snapshot.dueJobs())
                .description("Công việc nền đến hạn, chưa chạy").register(registry);
        for (String result : List.of(Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_ACQUIRED_SUCCESS)) {
            // the engine's own counters, as its metrics reporter writes them to the database (cluster-wide)
            FunctionCounter.builder("camunda.jobs", management, m -> m.createMetricsQuery().name(result).sum())
                    .tag("result", result).description("Công việc nền của bộ máy quy trình").register(registry);
        }
        Gauge.builder("kehoach.monitoring.snapshot.age", this, OperationsMetrics::snapshotAgeSeconds)
                .baseUnit("seconds").description("Tuổi của số liệu giám sát").register(registry);
    }

    @Scheduled(fixedDelayString = "${app.monitoring.refresh-interval}", initialDelayString = "${app.monitoring.refresh-interval}")
    void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Không đọc được số liệu giám sát: {}", e.getMessage());
        }
    }

    void refresh() {
        OperationsSnapshot now = reader.read();
        List<MultiGauge.Row<?>> units = new ArrayList<>();
        List<MultiGauge.Row<?>> overdue = new ArrayList<>();
        for (OperationsSnapshot.Round round : now.openRounds()) {
            round.unitsByState().forEach((state, count) ->
                    units.add(MultiGauge.Row.of(Tags.of("round", round.key(), "state", state), count)));
            overdue.add(MultiGauge.Row.of(Tags.of("round", round.key()), round.overdueUnits()));
        }
        unitsByState.register(units, true);
        overdueUnits.register(overdue, true);
        mails.register(rows(now.mailsByStatus(), "status"), true);
        incidents.register(rows(now.incidentsByType(), "type"), true);
        snapshot = now;
    }

    private static List<MultiGauge.Row<?>> rows(Map<String, Long> counts, String tag) {
        return counts.entrySet().stream().<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of(tag, e.getKey()), e.getValue()))
                .toList();
    }

    private double oldestWaitingSeconds() {
        OperationsSnapshot current = snapshot;
        return current.oldestWaitingMail() == null || current.takenAt() == null ? 0
                : Duration.between(current.oldestWaitingMail(), current.takenAt()).toSeconds();
    }

    private double snapshotAgeSeconds() {
        OperationsSnapshot current = snapshot;
        return current.takenAt() == null ? Double.NaN : Duration.between(current.takenAt(), clock.now()).toSeconds();
    }
}
