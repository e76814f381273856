package vn.dongthap.tdcs.platform;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows read once per transaction. Opening a round's chunk creates 40 tasks in one transaction, and each task's
 * listeners (its name, its due date, its notice) asked again for the same round, unit and register rows: ≈ 15
 * queries per unit. A repository reads through this memo and a chunk may load its units' rows in one query
 * ({@link #putAll}); a repository that writes those rows forgets them ({@link #forget}). Outside a transaction
 * nothing is kept.
 */
@Component
public class TransactionMemo {

    /** One kind of row, e.g. rounds by key; the repository that owns the rows declares it. */
    public record Kind<K, V>(String name) {
    }

    private final Object resourceKey = new Object();

    /** The row of {@code kind} for {@code key}, read by {@code loader} the first time in this transaction. */
    public <K, V> Optional<V> get(Kind<K, V> kind, K key, Supplier<Optional<V>> loader) {
        Map<Object, Optional<?>> rows = rows(kind);
        if (rows == null) {
            return loader.get();
        }
        @SuppressWarnings("unchecked")
        Optional<V> row = (Optional<V>) rows.get(key);
        if (row == null) {
            row = loader.get();
            rows.put(key, row);
        }
        return row;
    }

    /**
     * Loads the rows of {@code keys} not yet known in this transaction in one call, for the gets that follow; a key
     * the loader does not return is remembered as absent.
     */
    public <K, V> void putAll(Kind<K, V> kind, Collection<K> keys, Function<Collection<K>, Map<K, V>> loader) {
        Map<Object, Optional<?>> rows = rows(kind);
        if (rows == null) {
            return;
        }
        var missing = keys.stream().filter(key -> !rows.containsKey(key)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<K, V> loaded = loader.apply(missing);
        missing.forEach(key -> rows.put(key, Optional.ofNullable(loaded.get(key))));
    }

    /** After a write: the rows of this kind are read again. */
    public void forget(Kind<?, ?> kind) {
        Map<String, Map<Object, Optional<?>>> all = memo(false);
        if (all != null) {
            all.remove(kind.name());
        }
    }

    private Map<Object, Optional<?>> rows(Kind<?, ?> kind) {
        Map<String, Map<Object, Optional<?>>> all = memo(true);
        return all == null ? null : all.computeIfAbsent(kind.name(), name -> new HashMap<>());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<Object, Optional<?>>> memo(boolean create) {
        var bound = (Map<String, Map<Object, Optional<?>>>) TransactionSynchronizationManager.getResource(resourceKey);
        if (bound != null || !create || !TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return bound;
        }
        Map<String, Map<Object, Optional<?>>> created = new HashMap<>();
        TransactionSynchronizationManager.bindResource(resourceKey, created);
        TransactionSynchronizationManager.registerSynchronization(new Binding(created));
        return created;
    }

    /** Ties the memo to its transaction: set aside while an inner transaction runs, dropped at the end. */
    private final class Binding implements TransactionSynchronization {

        private final Map<String, Map<Object, Optional<?>>> rows;

        private Binding(Map<String, Map<Object, Optional<?>>> rows) {
            this.rows = rows;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(resourceKey, rows);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
        }
    }
}
