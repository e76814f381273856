package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.notification.TaskDescriptions;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;

/**
 * Names the amendment tasks after their proposal and unit ("Lãnh đạo đơn vị duyệt đề xuất DX-2026-0007 – UBND xã
 * Tân Hồng") or their batch ("… TT-2026-01"), from the business key and the application's tables.
 */
@Component
class ProposalTaskDescriptions implements TaskDescriptions {

    private final Proposals proposals;
    private final AmendmentBatches batches;
    private final PlanRegisterQueries plan;

    ProposalTaskDescriptions(Proposals proposals, AmendmentBatches batches, PlanRegisterQueries plan) {
        this.proposals = proposals;
        this.batches = batches;
        this.plan = plan;
    }

    @Override
    public Description describe(DelegateTask task) {
        String processDefinition = task.getProcessDefinitionId();
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (processDefinition == null || businessKey == null) {
            return null;
        }
        // The BPMN name says what kind of work it is ("Lãnh đạo đơn vị duyệt đề xuất").
        String kind = task.getName() == null ? "Xử lý đề xuất" : task.getName();
        if (processDefinition.startsWith(AmendmentRequestModel.PROCESS_KEY + ":")) {
            return proposals.findByKey(businessKey).map(p -> new Description(kind + " " + p.key() + " – "
                    + plan.unit(p.unitId()).map(u -> u.name().replace("Ủy ban nhân dân", "UBND"))
                            .orElse("(đơn vị không còn trong danh mục)"), "Đề xuất " + p.key(), null)).orElse(null);
        }
        if (processDefinition.startsWith(AmendmentConsolidationModel.PROCESS_KEY + ":")) {
            return batches.findByKey(businessKey).map(b -> new Description(kind + " (tờ trình " + b.key() + ")",
                    "Tờ trình " + b.key(), null)).orElse(null);
        }
        return null;
    }
}
