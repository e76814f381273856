package vn.dongthap.tdcs.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One node at a time does the startup work (engine schema and deployment, plan register, forms, groups,
 * authorizations, filters, demo users, timer re-scheduling): nodes started together on one PostgreSQL database
 * would otherwise create the same tables, groups and authorizations at the same moment and fail on each other's
 * rows. A PostgreSQL session-level advisory lock, held on a connection of its own from before the engine is built
 * ({@link ClusterEnginePlugin}) until the last startup runner ({@link StartupLockRelease}); a node killed while
 * holding it loses its connection, and PostgreSQL releases the lock at once. The embedded H2 database is
 * one node only: no lock.
 */
@Component
public class StartupLock implements DisposableBean {

    /** Arbitrary but fixed: "752" (Kế hoạch 752) followed by "0001". */
    static final long KEY = 7520001L;
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    private static final long POLL_MILLIS = 500;

    private final DataSource dataSource;
    private final ClusterNode node;
    private final Duration maxWait;
    private Connection held;

    StartupLock(DataSource dataSource, ClusterNode node, ClusterProperties properties) {
        this.dataSource = dataSource;
        this.node = node;
        this.maxWait = properties.startupLockWait();
    }

    /** Waits until no other node is starting (PostgreSQL); does nothing if already held or on another database. */
    public synchronized void acquire() {
        if (held != null) {
            return;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            long deadline = System.nanoTime() + maxWait.toNanos();
            boolean logged = false;
            while (!tryLock(connection)) {
                if (!logged) {
                    log.info("Máy chủ {} chờ máy chủ khác khởi động xong (khóa khởi động trong cơ sở dữ liệu)", node.name());
                    logged = true;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Máy chủ khác giữ khóa khởi động quá " + maxWait.toMinutes()
                            + " phút (app.cluster.startup-lock-wait); xem nhật ký các máy chủ còn lại");
                }
                Thread.sleep(POLL_MILLIS);
            }
            held = connection;
            connection = null;
            log.info("Máy chủ {} làm các việc khởi động (khóa khởi động đã giữ)", node.name());
        } catch (SQLException e) {
            throw new IllegalStateException("Không lấy được khóa khởi động trong cơ sở dữ liệu", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bị ngắt khi chờ khóa khởi động", e);
        } finally {
            closeQuietly(connection);
        }
    }

    /** Lets the next node start; idempotent. */
    public synchronized void release() {
        if (held == null) {
            return;
        }
        try (PreparedStatement unlock = held.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException e) {
            // Closing the connection below ends the session, which releases the lock anyway.
            log.warn("Không trả được khóa khởi động, đóng kết nối: {}", e.getMessage());
        } finally {
            closeQuietly(held);
            held = null;
        }
    }

    @Override
    public void destroy() {
        release();
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, KEY);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the pool discards a broken connection
            }
        }
    }
}
