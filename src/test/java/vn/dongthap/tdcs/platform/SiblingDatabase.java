package vn.dongthap.tdcs.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An empty PostgreSQL database of a test's own, next to the integration tests' one (TEST_DATABASE_URL), for
 * tests and benchmarks that start the real application in a JVM of its own.
 */
record SiblingDatabase(String name, String url, String user, String password) {

    /** Drops and creates "<test database>_<suffix>". */
    static SiblingDatabase recreate(String suffix) {
        String testUrl = env("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/kehoach_test");
        String user = env("TEST_DATABASE_USER", "postgres");
        String password = env("TEST_DATABASE_PASSWORD", "postgres");
        int query = testUrl.indexOf('?');
        String withoutQuery = query < 0 ? testUrl : testUrl.substring(0, query);
        int slash = withoutQuery.lastIndexOf('/');
        String name = withoutQuery.substring(slash + 1) + "_" + suffix;
        String url = withoutQuery.substring(0, slash + 1) + name + (query < 0 ? "" : testUrl.substring(query));
        try (Connection connection = DriverManager.getConnection(testUrl, user, password);
             Statement statement = connection.createStatement()) {
            // FORCE: a JVM killed by an earlier run may have left sessions the server has not yet noticed.
            statement.execute("drop database if exists \"" + name + "\" with (force)");
            statement.execute("create database \"" + name + "\"");
        } catch (SQLException e) {
            throw new AssertionError("could not create the database " + name + " next to " + testUrl, e);
        }
        return new SiblingDatabase(name, url, user, password);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
