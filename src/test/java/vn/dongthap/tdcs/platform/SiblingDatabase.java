package vn.dongthap.tdcs.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An empty PostgreSQL database of a test's own, next to the integration tests' one (TEST_DATABASE_URL), for
 * tests and benchmarks that start the real application in a JVM of its own.
 */
record SiblingDatabase(String name, String url, String user, String password) {

    /** Drops and creates "<test database>_<suffix>". */
    static SiblingDatabase recreate(String suffix) {
        SiblingDatabase db = absent(suffix);
        db.execute("create database \"" + db.name() + "\"");
        return db;
    }

    /** "<test database>_<suffix>", dropped if it was there: for a tool that must create it itself. */
    static SiblingDatabase absent(String suffix) {
        String testUrl = env("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/kehoach_test");
        String user = env("TEST_DATABASE_USER", "postgres");
        String password = env("TEST_DATABASE_PASSWORD", "postgres");
        int query = testUrl.indexOf('?');
        String withoutQuery = query < 0 ? testUrl : testUrl.substring(0, query);
        int slash = withoutQuery.lastIndexOf('/');
        String name = withoutQuery.substring(slash + 1) + "_" + suffix;
        String url = withoutQuery.substring(0, slash + 1) + name + (query < 0 ? "" : testUrl.substring(query));
        SiblingDatabase db = new SiblingDatabase(name, url, user, password);
        // FORCE: a JVM killed by an earlier run may have left sessions the server has not yet noticed.
        db.execute("drop database if exists \"" + name + "\" with (force)");
        return db;
    }

    /** Host, port and credentials as libpq's environment variables, for pg_dump, psql and the scripts in docker/. */
    java.util.Map<String, String> libpqEnvironment() {
        java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
        return java.util.Map.of("PGHOST", uri.getHost(), "PGPORT", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "PGUSER", user, "PGPASSWORD", password, "PGDATABASE", name);
    }

    /** A statement on the test database (the server's other databases are managed from there). */
    private void execute(String sql) {
        String testUrl = env("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/kehoach_test");
        try (Connection connection = DriverManager.getConnection(testUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("could not run \"" + sql + "\" next to " + testUrl, e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    /** The first column of the first row, e.g. of "select count(*) ..."; parameter null when the query has none. */
    int count(String sql, String parameter) {
        int[] result = new int[1];
        query(sql, parameter, rows -> result[0] = rows.getInt(1));
        return result[0];
    }

    /** Reads every row, on a connection of its own; fails the test when the query fails. */
    void query(String sql, String parameter, RowReader reader) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("query failed on " + url + ": " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
