package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dongthap.tdcs.PostgresIntegrationTest;

/** The driver settings of application.yaml reach PostgreSQL's driver under the exact names it reads. */
@PostgresIntegrationTest
class PostgresDriverSettingsIT {

    @Autowired
    DataSource dataSource;

    @Test
    void theEnginesBatchedInsertsAreSentAsMultiRowInserts() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled())
                    .isTrue();
        }
    }
}
