package vn.dongthap.tdcs.amendment;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At startup, moves running proposals of older amendment-request model versions to the latest (Camunda process
 * instance migration; the waiting steps keep their ids, so each proposal stays where it waits). Without it a
 * proposal started before the branch lost "không tiếp nhận" would keep the old gateway, which has no path for the
 * branch's new "kiến nghị không chấp thuận", and no withdrawal event. Instances that cannot be migrated are left on
 * their version with a warning (docs/huong-dan-de-xuat-sua-doi.md §7).
 */
@Component
class RunningProposalsUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RunningProposalsUpgrade.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;

    RunningProposalsUpgrade(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    @Override
    public void run(ApplicationArguments args) {
        upgrade();
    }

    /** Returns how many instances were moved to the latest version. */
    int upgrade() {
        ProcessDefinition latest = repository.createProcessDefinitionQuery()
                .processDefinitionKey(AmendmentRequestModel.PROCESS_KEY).latestVersion().singleResult();
        if (latest == null) {
            return 0;
        }
        int moved = 0;
        List<ProcessDefinition> older = repository.createProcessDefinitionQuery()
                .processDefinitionKey(AmendmentRequestModel.PROCESS_KEY).list().stream()
                .filter(d -> d.getVersion() < latest.getVersion()).toList();
        for (ProcessDefinition source : older) {
            List<String> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list().stream()
                    .map(p -> p.getId()).toList();
            if (instances.isEmpty()) {
                continue;
            }
            try {
                MigrationPlan plan = runtime.createMigrationPlan(source.getId(), latest.getId())
                        .mapEqualActivities().updateEventTriggers().build();
                runtime.newMigration(plan).processInstanceIds(instances).execute();
                moved += instances.size();
            } catch (RuntimeException e) {
                log.warn("Không chuyển được {} đề xuất đang chạy từ phiên bản mô hình {} sang phiên bản {}: {}. Các đề xuất"
                        + " này tiếp tục trên phiên bản cũ (xem docs/huong-dan-de-xuat-sua-doi.md, mục 7).",
                        instances.size(), source.getVersion(), latest.getVersion(), e.getMessage());
            }
        }
        if (moved > 0) {
            log.info("Đã chuyển {} đề xuất đang chạy sang phiên bản mô hình mới nhất ({}) của quy trình đề xuất sửa đổi.",
                    moved, latest.getVersion());
        }
        return moved;
    }
}
