package vn.dongthap.tdcs.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mails leave the outbox (see OutboxDelivery).
 *
 * @param enabled      false: no polling threads (tests deliver themselves)
 * @param threads      polling threads per node, each sends its own batches
 * @param batchSize    mails claimed at once and sent over one SMTP connection
 * @param pollInterval pause of a thread that found nothing due
 * @param lease        how long a claim holds; a node that died mid-batch loses its claim after it
 * @param maxAttempts  attempts before a mail waits for an operator (status HET_LUOT)
 * @param retryDelay   wait after a failed attempt
 */
@ConfigurationProperties("app.notification.delivery")
public record DeliveryProperties(boolean enabled, int threads, int batchSize, Duration pollInterval, Duration lease,
                                 int maxAttempts, Duration retryDelay) {
}
