package vn.dongthap.tdcs.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes of {@code db/engine/indexes.sql} to the engine's tables once the engine has made or updated them
 * (after the engine is built, so on a fresh database too; Flyway runs before the engine and keeps to the kehoach
 * schema). Nodes of a cluster do this one at a time: the startup lock is held from before the engine is built.
 */
@Component
class EngineIndexesPlugin extends AbstractProcessEnginePlugin {

    static final String SCRIPT = "db/engine/indexes.sql";

    private final DataSource dataSource;

    EngineIndexesPlugin(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            ScriptUtils.executeSqlScript(connection,
                    new EncodedResource(new ClassPathResource(SCRIPT), StandardCharsets.UTF_8));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
