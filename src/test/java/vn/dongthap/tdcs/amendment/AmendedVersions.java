package vn.dongthap.tdcs.amendment;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dongthap.tdcs.forms.FormDeployment;

/** What the amendment tests undo: other tests read the plan in force and need no open batch. */
final class AmendedVersions {

    private AmendedVersions() {
    }

    /** Removes the plan versions decisions made, and redeploys the forms of the version in force. */
    static void removeAll(JdbcClient jdbc, FormDeployment forms) {
        List<Long> made = jdbc.sql("select id from kehoach.plan_version where origin = 'AMENDMENT'").query(Long.class).list();
        jdbc.sql("update kehoach.plan_version set based_on_version_id = null where origin = 'AMENDMENT'").update();
        for (Long id : made) {
            jdbc.sql("update kehoach.amendment_batch set new_plan_version_id = null where new_plan_version_id = ?").param(id).update();
            jdbc.sql("update kehoach.amendment_batch set plan_version_id = null where plan_version_id = ?").param(id).update();
            for (String table : List.of("plan_item_unit", "plan_item_figure", "plan_item_figure_unit")) {
                jdbc.sql("delete from kehoach." + table + " where item_id in (select id from kehoach.plan_item where version_id = ?)")
                        .param(id).update();
            }
            for (String table : List.of("plan_item", "plan_group", "plan_reporting_regime", "plan_figure")) {
                jdbc.sql("delete from kehoach." + table + " where version_id = ?").param(id).update();
            }
            jdbc.sql("delete from kehoach.plan_version where id = ?").param(id).update();
        }
        forms.deploy();
    }

    static void closeOpenBatches(RuntimeService runtimeService, JdbcClient jdbc) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey("amendment-consolidation").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "kiểm thử", true, true));
        jdbc.sql("update kehoach.amendment_batch set status = 'DA_QUYET_DINH' where status = 'MO'").update();
    }
}
