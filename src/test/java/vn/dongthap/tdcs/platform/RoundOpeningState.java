package vn.dongthap.tdcs.platform;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a round's opening stands in the database of an application running in a JVM of its own (the crash and
 * failover tests read it while the application works and after it was killed).
 */
final class RoundOpeningState {

    private RoundOpeningState() {
    }

    /** The units the round is for. */
    static int units(SiblingDatabase db, String roundKey) {
        return db.count("select count(*) from kehoach.round_unit ru join kehoach.report_round r on r.id = ru.round_id"
                + " where r.round_key = ?", roundKey);
    }

    /** Units whose report the opening has started. */
    static int opened(SiblingDatabase db, String roundKey) {
        return db.count("select count(*) from kehoach.round_unit_step s join kehoach.report_round r on r.id = s.round_id"
                + " where r.round_key = ? and s.step = 'OPEN'", roundKey);
    }

    /** The consolidator's monitoring tasks of the round: one once the opening is done. */
    static int monitoringTasks(SiblingDatabase db, String roundKey) {
        return db.count("select count(*) from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_"
                + " where p.business_key_ = ? and t.task_def_key_ = 'Task_MonitorRound'", roundKey);
    }

    /** Running unit-report instances per unit of the round (by business key), every unit listed. */
    static Map<String, Integer> reportInstancesPerUnit(SiblingDatabase db, String roundKey) {
        Map<String, Integer> instances = new TreeMap<>();
        db.query("select ru.unit_id, (select count(*) from act_ru_execution e where e.parent_id_ is null"
                        + " and e.business_key_ = r.round_key || '/' || ru.unit_id) from kehoach.round_unit ru"
                        + " join kehoach.report_round r on r.id = ru.round_id where r.round_key = ?", roundKey,
                rows -> instances.put(rows.getString(1), rows.getInt(2)));
        return instances;
    }
}
