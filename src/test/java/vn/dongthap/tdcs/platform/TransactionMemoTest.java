package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionMemoTest {

    private static final TransactionMemo.Kind<String, String> NAMES = new TransactionMemo.Kind<>("names");
    private static final TransactionMemo.Kind<String, String> OTHER = new TransactionMemo.Kind<>("other");

    private final TransactionMemo memo = new TransactionMemo();
    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            complete();
        }
    }

    @Test
    void insideATransactionARowIsReadOnceAbsentRowsIncluded() {
        begin();
        assertThat(memo.get(NAMES, "a", () -> read("A"))).contains("A");
        assertThat(memo.get(NAMES, "a", () -> read("changed"))).contains("A");
        assertThat(memo.get(NAMES, "gone", () -> read(null))).isEmpty();
        assertThat(memo.get(NAMES, "gone", () -> read("late"))).isEmpty();
        assertThat(memo.get(OTHER, "a", () -> read("other A"))).contains("other A");
        assertThat(reads).hasValue(3);
    }

    @Test
    void outsideATransactionEveryGetReads() {
        memo.get(NAMES, "a", () -> read("A"));
        memo.get(NAMES, "a", () -> read("A"));
        memo.putAll(NAMES, List.of("b"), keys -> Map.of("b", "B"));
        assertThat(memo.get(NAMES, "b", () -> read("B from the database"))).contains("B from the database");
        assertThat(reads).hasValue(3);
    }

    @Test
    void aPreloadReadsOnlyWhatIsMissingAndRemembersWhatIsAbsent() {
        begin();
        memo.get(NAMES, "a", () -> read("A"));
        AtomicInteger batches = new AtomicInteger();
        memo.putAll(NAMES, List.of("a", "b", "c"), keys -> {
            batches.incrementAndGet();
            assertThat(keys).containsExactly("b", "c");
            return keys.stream().filter("b"::equals).collect(Collectors.toMap(k -> k, String::toUpperCase));
        });
        assertThat(memo.get(NAMES, "b", () -> read("not read"))).contains("B");
        assertThat(memo.get(NAMES, "c", () -> read("not read"))).isEmpty();
        memo.putAll(NAMES, List.of("a", "b"), keys -> {
            batches.incrementAndGet();
            return Map.of();
        });
        assertThat(batches).hasValue(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void afterAWriteTheKindIsReadAgainOthersNot() {
        begin();
        memo.get(NAMES, "a", () -> read("A"));
        memo.get(OTHER, "a", () -> read("other A"));
        memo.forget(NAMES);
        assertThat(memo.get(NAMES, "a", () -> read("A2"))).contains("A2");
        assertThat(memo.get(OTHER, "a", () -> read("not read"))).contains("other A");
    }

    @Test
    void theNextTransactionReadsAgain() {
        begin();
        memo.get(NAMES, "a", () -> read("A"));
        complete();
        begin();
        assertThat(memo.get(NAMES, "a", () -> read("A, later"))).contains("A, later");
    }

    @Test
    void anInnerTransactionHasItsOwnRowsAndTheOuterOneKeepsItsOwn() {
        begin();
        memo.get(NAMES, "a", () -> read("outer A"));
        // what a REQUIRES_NEW transaction does to the outer one's synchronizations
        List<TransactionSynchronization> outer = TransactionSynchronizationManager.getSynchronizations();
        outer.forEach(TransactionSynchronization::suspend);
        TransactionSynchronizationManager.clearSynchronization();
        begin();
        assertThat(memo.get(NAMES, "a", () -> read("inner A"))).contains("inner A");
        complete();
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        outer.forEach(TransactionSynchronizationManager::registerSynchronization);
        outer.forEach(TransactionSynchronization::resume);
        assertThat(memo.get(NAMES, "a", () -> read("not read"))).contains("outer A");
    }

    private Optional<String> read(String value) {
        reads.incrementAndGet();
        return Optional.ofNullable(value);
    }

    private static void begin() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
    }

    private static void complete() {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(false);
        synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
    }
}
