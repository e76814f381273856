package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dongthap.tdcs.PostgresIntegrationTest;

/** The engine's subtask lookup, run on every task completion, reads an index instead of the whole task table. */
@PostgresIntegrationTest
class EngineIndexesIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EngineIndexesPlugin plugin;
    @Autowired
    ProcessEngine engine;

    @Test
    void theEnginesSubtaskLookupUsesTheAddedIndex() {
        assertThat(jdbc.queryForList("select indexdef from pg_indexes where tablename = 'act_ru_task' "
                + "and indexname = 'kh_idx_task_parent'", String.class))
                .singleElement().asString().contains("(parent_task_id_)");
        // The statement of the engine's Task.xml (selectTasksByParentTaskId); with sequential scans priced out, the
        // plan shows whether an index serves it at all, whatever the size of this test database's table.
        List<String> plan = transactions.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'", String.class);
        });
        assertThat(String.join("\n", plan)).contains("kh_idx_task_parent");
    }

    @Test
    void aRestartFindsTheIndexesInPlace() {
        plugin.postProcessEngineBuild(engine);
        assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'kh_idx_task_parent'",
                Integer.class)).isEqualTo(1);
    }
}
