package vn.dongthap.tdcs.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dongthap.tdcs.PostgresIntegrationTest;

/** One mail per idempotency key, decided by the database's unique key, also between transactions racing. */
@PostgresIntegrationTest
class OutboxIT {

    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void removeTheTestMails() {
        jdbc.sql("delete from kehoach.notification_outbox where idempotency_key like 'test:outbox:%'").update();
    }

    @Test
    void aSecondMailWithTheSameKeyIsNotQueued() {
        String key = "test:outbox:" + UUID.randomUUID();
        assertThat(add(key)).isPresent();
        assertThat(add(key)).isEmpty();
        assertThat(rows(key)).isEqualTo(1);
    }

    @Test
    void twoTransactionsQueueingTheSameKeyMakeOneMailAndNeitherFails() throws Exception {
        String key = "test:outbox:" + UUID.randomUUID();
        CountDownLatch firstAdded = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CompletableFuture<Optional<Long>> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            Optional<Long> id = add(key);
            firstAdded.countDown();
            await(secondStarted);
            sleep(300); // the second now waits on the uncommitted key
            return id;
        }));
        assertThat(firstAdded.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Optional<Long>> second = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            secondStarted.countDown();
            return add(key);
        }));
        assertThat(first.get(20, TimeUnit.SECONDS)).isPresent();
        assertThat(second.get(20, TimeUnit.SECONDS)).as("the second transaction, after the first committed").isEmpty();
        assertThat(rows(key)).isEqualTo(1);
    }

    private Optional<Long> add(String key) {
        return outbox.add(key, "task-new", "can-bo@dongthap.example", "Thư", "<p>thư</p>", "thư", null, Instant.now());
    }

    private int rows(String key) {
        return jdbc.sql("select count(*) from kehoach.notification_outbox where idempotency_key = ?").param(key)
                .query(Integer.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
