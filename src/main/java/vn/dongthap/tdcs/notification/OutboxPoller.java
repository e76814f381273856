package vn.dongthap.tdcs.notification;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * app.notification.delivery.threads threads on every node, each delivering due outbox mails and pausing
 * poll-interval when none is due. Threads and nodes share the outbox safely (see OutboxDelivery).
 */
@Component
@ConditionalOnProperty(name = "app.notification.delivery.enabled", havingValue = "true", matchIfMissing = true)
class OutboxPoller {

    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);

    private final OutboxDelivery delivery;
    private final DeliveryProperties properties;
    private final AppClock clock;
    private ScheduledExecutorService threads;

    OutboxPoller(OutboxDelivery delivery, DeliveryProperties properties, AppClock clock) {
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock;
    }

    /** After the startup runners: the plan register and users exist before the first mail goes out. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        int count = Math.max(1, properties.threads());
        CustomizableThreadFactory names = new CustomizableThreadFactory("mail-delivery-");
        names.setDaemon(true);
        threads = Executors.newScheduledThreadPool(count, names);
        for (int i = 0; i < count; i++) {
            threads.scheduleWithFixedDelay(this::deliver, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void deliver() {
        try {
            delivery.deliverDue(clock.now());
        } catch (RuntimeException e) {
            // The database may be away for a moment; the mails wait in the outbox for the next poll.
            log.warn("Chưa gửi được thư trong hàng đợi: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        if (threads != null) {
            threads.shutdown();
            threads.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
