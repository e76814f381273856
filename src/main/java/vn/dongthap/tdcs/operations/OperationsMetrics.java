package vn.dongthap.tdcs.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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

    /**
     * The labelled families (per round, state, status, type) are a collector that reads the latest snapshot on each
     * scrape: meters registered and removed as rounds open and close would race with a scrape (duplicate series).
     */
    OperationsMetrics(OperationsReader reader, ManagementService management, AppClock clock,
                      ObjectProvider<PrometheusRegistry> prometheus) {
        this.reader = reader;
        this.management = management;
        this.clock = clock;
        prometheus.ifAvailable(registry -> registry.register(new LabelledFamilies()));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kehoach.rounds.open", this, m -> m.snapshot.openRounds().size())
                .description("Kỳ báo cáo đang mở").register(registry);
        Gauge.builder("kehoach.outbox.oldest.waiting", this, OperationsMetrics::oldestWaitingSeconds)
                .baseUnit("seconds").description("Thư chờ gửi lâu nhất đã chờ bao lâu").register(registry);
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
        snapshot = reader.read();
    }

    private final class LabelledFamilies implements MultiCollector {

        @Override
        public MetricSnapshots collect() {
            OperationsSnapshot current = snapshot;
            GaugeSnapshot.Builder units = GaugeSnapshot.builder().name("kehoach_round_units")
                    .help("Đơn vị của mỗi kỳ báo cáo đang mở, theo trạng thái");
            GaugeSnapshot.Builder overdue = GaugeSnapshot.builder().name("kehoach_round_units_overdue")
                    .help("Đơn vị quá hạn chưa nộp, theo kỳ báo cáo đang mở");
            for (OperationsSnapshot.Round round : current.openRounds()) {
                round.unitsByState().forEach((state, count) -> units.dataPoint(point(count, "round", round.key(), "state", state)));
                overdue.dataPoint(point(round.overdueUnits(), "round", round.key()));
            }
            GaugeSnapshot.Builder mails = GaugeSnapshot.builder().name("kehoach_outbox_mails")
                    .help("Thư trong hàng đợi, theo trạng thái");
            current.mailsByStatus().forEach((status, count) -> mails.dataPoint(point(count, "status", status)));
            GaugeSnapshot.Builder incidents = GaugeSnapshot.builder().name("camunda_incidents")
                    .help("Sự cố đang mở của bộ máy quy trình, theo loại");
            current.incidentsByType().forEach((type, count) -> incidents.dataPoint(point(count, "type", type)));
            return MetricSnapshots.of(units.build(), overdue.build(), mails.build(), incidents.build());
        }

        @Override
        public List<String> getPrometheusNames() {
            return List.of("kehoach_round_units", "kehoach_round_units_overdue", "kehoach_outbox_mails", "camunda_incidents");
        }

        private static GaugeSnapshot.GaugeDataPointSnapshot point(long value, String... labels) {
            return GaugeSnapshot.GaugeDataPointSnapshot.builder().value(value).labels(Labels.of(labels)).build();
        }
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
