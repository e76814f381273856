package vn.dongthap.tdcs.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.PostgresIntegrationTest;

/**
 * Benchmark, not a test (its name keeps it out of {@code mvn verify}): mails from the outbox to a local SMTP sink
 * (GreenMail), on PostgreSQL. Command and figures: README, "Benchmark: mail delivery".
 *
 * <p>Baseline in the same run: the former path, one {@code notification-delivery} instance per mail (started as
 * the business transaction used to start it), its job run by {@code -Dbenchmark.threads} threads as the job
 * executor would, one SMTP connection per mail. Then the batch delivery: {@code -Dbenchmark.mails} mails (6 800:
 * an officer and a leader of every unit of a national round) delivered by the same number of threads, each
 * claiming batches. Every mail is counted at the sink by its idempotency key: each exactly once.
 */
@PostgresIntegrationTest
class MailDeliveryBenchmark {

    private static final Logger log = LoggerFactory.getLogger(MailDeliveryBenchmark.class);
    private static final int MAILS = Integer.getInteger("benchmark.mails", 6800);
    private static final int BASELINE_MAILS = Integer.getInteger("benchmark.baseline-mails", 1000);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    private static final String BODY = "<p>Kính gửi Cán bộ Ủy ban nhân dân xã Đo hiệu năng,</p>".repeat(30);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void deliverMails() throws Exception {
        MailTestSupport.dropPendingDeliveries(jdbc);
        queue("khoi-dong", 200);
        inParallel(() -> delivery.deliverDue(Instant.now())); // warm-up

        // Baseline: one process instance per mail, its job run by THREADS threads.
        long begin = System.nanoTime();
        for (long id : queue("tung-thu", BASELINE_MAILS)) {
            runtimeService.startProcessInstanceByKey(NotificationDeliveryModel.PROCESS_KEY, "TB-" + id,
                    Map.of(NotificationDeliveryModel.OUTBOX_ID.name(), id));
        }
        double baselineQueue = seconds(begin);
        long jobsBegin = System.nanoTime();
        List<Job> jobs = managementService.createJobQuery().processDefinitionKey(NotificationDeliveryModel.PROCESS_KEY).list();
        List<Callable<Integer>> perJob = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            perJob.add(() -> {
                for (int i = thread; i < jobs.size(); i += THREADS) {
                    managementService.executeJob(jobs.get(i).getId());
                }
                return 0;
            });
        }
        inParallel(perJob);
        double baselineDeliver = seconds(jobsBegin);
        Map<String, Integer> baselineKeys = received("tung-thu");

        // Batch delivery: the outbox rows only, THREADS deliverers.
        begin = System.nanoTime();
        queue("lo", MAILS);
        double batchQueue = seconds(begin);
        long deliverBegin = System.nanoTime();
        List<Callable<Integer>> deliverers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            deliverers.add(() -> delivery.deliverDue(Instant.now()));
        }
        int sent = inParallel(deliverers);
        double batchDeliver = seconds(deliverBegin);
        Map<String, Integer> batchKeys = received("lo");

        double baselineRate = BASELINE_MAILS / (baselineQueue + baselineDeliver) * 60;
        double batchRate = MAILS / batchDeliver * 60;
        log.info("""
                        Mail delivery to GreenMail, {} threads:
                          baseline, one process instance per mail: {} mails, starting the instances {} s, running their jobs {} s \
                        -> {} mails/min ({} delivered, {} distinct keys)
                          batch delivery from the outbox:          {} mails, queueing the rows {} s, delivering {} s \
                        -> {} mails/min ({} delivered, {} distinct keys, each received {} time(s)); {}x the baseline""",
                THREADS, BASELINE_MAILS, fmt(baselineQueue), fmt(baselineDeliver), Math.round(baselineRate),
                total(baselineKeys), baselineKeys.size(), MAILS, fmt(batchQueue), fmt(batchDeliver),
                Math.round(batchRate), sent, batchKeys.size(), batchKeys.values().stream().distinct().toList(),
                fmt(batchRate / baselineRate));
        assertThat(batchKeys).hasSize(MAILS);
        assertThat(batchKeys.values()).containsOnly(1);
        assertThat(baselineKeys).hasSize(BASELINE_MAILS);
        assertThat(baselineKeys.values()).containsOnly(1);
    }

    private List<Long> queue(String prefix, int count) {
        List<Long> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 1; i <= count; i++) {
            outbox.add(prefix + ":" + run + ":" + i, "task-new", "can-bo-" + i + "@dongthap.example",
                    "[Kế hoạch 752] Việc mới: Soạn báo cáo của đơn vị – UBND xã Đo hiệu năng " + i, BODY,
                    BODY.replaceAll("<[^>]+>", ""), null, now).ifPresent(ids::add);
        }
        return ids;
    }

    private static int inParallel(Callable<Integer> one) throws Exception {
        List<Callable<Integer>> all = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            all.add(one);
        }
        return inParallel(all);
    }

    private static int inParallel(List<Callable<Integer>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            int sum = 0;
            for (Future<Integer> result : threads.invokeAll(tasks)) {
                sum += result.get();
            }
            return sum;
        } finally {
            threads.shutdown();
        }
    }

    private Map<String, Integer> received(String prefix) throws MessagingException {
        Map<String, Integer> byKey = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String[] key = message.getHeader("X-Idempotency-Key");
            if (key != null && key[0].startsWith(prefix + ":" + run + ":")) {
                byKey.merge(key[0], 1, Integer::sum);
            }
        }
        return byKey;
    }

    private static int total(Map<String, Integer> byKey) {
        return byKey.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String fmt(double value) {
        return String.format("%.1f", value);
    }
}
