package vn.dongthap.tdcs.amendment;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/**
 * Task_WithdrawProposal (amendment-withdrawal): the proposing unit's officer or leader withdraws its proposal before
 * UBND tỉnh's decision. Serialised with joining, submitting and deciding batches on the batch lock; the proposal's
 * instance is told by Msg_ProposalWithdrawn, and the open batch (summary, UBND tỉnh's decision rows) is decided
 * without it.
 */
@Component("withdrawProposal")
class WithdrawProposalDelegate implements JavaDelegate {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Proposals proposals;
    private final AmendmentBatches batches;
    private final BatchContents contents;
    private final AmendmentDecisions decisions;
    private final JdbcClient jdbc;
    private final AppClock clock;

    WithdrawProposalDelegate(Proposals proposals, AmendmentBatches batches, BatchContents contents,
                             AmendmentDecisions decisions, JdbcClient jdbc, AppClock clock) {
        this.proposals = proposals;
        this.batches = batches;
        this.contents = contents;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object typed = AmendmentWithdrawalModel.PROPOSAL_CODE.raw(execution);
        if (!(typed instanceof String code) || code.isBlank()) {
            throw invalid(AmendmentWithdrawalModel.PROPOSAL_CODE.name(), "Chưa nhập \"Mã đề xuất\" (ví dụ DX-2026-0007).");
        }
        String key = code.trim().toUpperCase(Locale.ROOT);
        String reason = reason(execution);
        String user = ProposalInputs.currentUser(execution);
        Proposal proposal = proposals.findByKey(key).filter(p -> mayWithdraw(execution, p.unitId()))
                // the same answer for "no such proposal" and "another unit's": codes of other units are not revealed
                .orElseThrow(() -> invalid(AmendmentWithdrawalModel.PROPOSAL_CODE.name(), "Đơn vị của bạn không có đề xuất "
                        + key + ": chỉ cán bộ, lãnh đạo của đơn vị đã lập đề xuất được rút đề xuất đó."));
        batches.lock();
        if (!proposals.withdraw(proposal.id(), user, clock.now(), reason)) {
            throw invalid(AmendmentWithdrawalModel.PROPOSAL_CODE.name(), whyNot(proposals.findById(proposal.id()).orElseThrow()));
        }
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        var correlated = runtime.createMessageCorrelation(AmendmentRequestModel.MSG_PROPOSAL_WITHDRAWN)
                .processInstanceBusinessKey(key).correlateAllWithResult();
        if (correlated.isEmpty()) {
            // An instance of a model version without the withdrawal event (before V19) that was not migrated.
            runtime.createProcessInstanceQuery().processDefinitionKey(AmendmentRequestModel.PROCESS_KEY)
                    .processInstanceBusinessKey(key).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "Đơn vị rút đề xuất " + key));
        }
        if (proposal.batchId() != null) {
            refreshBatch(runtime, proposal.batchId());
        }
        execution.setProcessBusinessKey("RUT-" + key);
    }

    /** The consolidator's summary and, once submitted, UBND tỉnh's decision rows, without the withdrawn proposal. */
    private void refreshBatch(RuntimeService runtime, long batchId) {
        String batchKey = jdbc.sql("select batch_key from kehoach.amendment_batch where id = ?").param(batchId)
                .query(String.class).single();
        List<Proposal> members = proposals.ofBatch(batchId);
        runtime.createProcessInstanceQuery().processDefinitionKey(AmendmentConsolidationModel.PROCESS_KEY)
                .processInstanceBusinessKey(batchKey).list().forEach(p -> {
                    runtime.setVariable(p.getId(), AmendmentConsolidationModel.BATCH_SUMMARY.name(), contents.summary(batchId));
                    if (runtime.getVariable(p.getId(), AmendmentConsolidationModel.DECISIONS.name()) != null) {
                        runtime.setVariable(p.getId(), AmendmentConsolidationModel.DECISIONS.name(),
                                decisions.rows(members, contents.unitNames()));
                    }
                });
    }

    private String whyNot(Proposal now) {
        if (now.status() == ProposalStatus.DA_RUT) {
            return "Đề xuất " + now.key() + " đã được rút trước đó.";
        }
        if (now.decision() != null) {
            String when = jdbc.sql("""
                            select b.decision_number, b.decision_date from kehoach.amendment_batch b
                            join kehoach.amendment_proposal p on p.batch_id = b.id where p.id = ?""")
                    .param(now.id()).query((rs, n) -> " (Quyết định số " + rs.getString(1) + " ngày "
                            + rs.getDate(2).toLocalDate().format(DATE) + ")").optional().orElse("");
            return "Đề xuất " + now.key() + " đã được Ủy ban nhân dân tỉnh quyết định" + when
                    + ": không rút được nữa. Nếu cần thay đổi, hãy lập đề xuất mới trên Kế hoạch hiện hành.";
        }
        return "Đề xuất " + now.key() + " đã kết thúc (" + now.status().label().toLowerCase(Locale.ROOT)
                + "): không còn gì để rút.";
    }

    private static boolean mayWithdraw(DelegateExecution execution, String unitId) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
        return groups.contains(UnitGroups.officers(unitId)) || groups.contains(UnitGroups.leaders(unitId));
    }

    private static String reason(DelegateExecution execution) {
        Object value = AmendmentWithdrawalModel.WITHDRAW_REASON.raw(execution);
        if (!(value instanceof String text) || text.trim().length() < 5) {
            throw invalid(AmendmentWithdrawalModel.WITHDRAW_REASON.name(), "Chưa nêu \"Lý do rút đề xuất\" (ít nhất 5 ký tự).");
        }
        if (text.length() > 4000) {
            throw invalid(AmendmentWithdrawalModel.WITHDRAW_REASON.name(), "\"Lý do rút đề xuất\" quá dài (tối đa 4000 ký tự).");
        }
        return text.trim();
    }

    private static InvalidFormInputException invalid(String field, String message) {
        return new InvalidFormInputException(field, message);
    }
}
