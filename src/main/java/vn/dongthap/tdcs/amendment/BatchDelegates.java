package vn.dongthap.tdcs.amendment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dongthap.tdcs.amendment.documents.AmendmentSubmission;
import vn.dongthap.tdcs.amendment.documents.SubmissionWordWriter;
import vn.dongthap.tdcs.plan.PlanFile;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanRevision;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.InvalidFormInputException;

/** The steps that gather accepted proposals into a batch (tờ trình) and apply UBND tỉnh's decision. */
@Configuration(proxyBeanMethods = false)
class BatchDelegates {

    static final String CONSOLIDATION = "amendment-consolidation";
    static final String DECIDED = "Msg_ProposalDecided";

    private final Proposals proposals;
    private final ProposalContext context;
    private final AmendmentBatches batches;
    private final AmendmentDecisions decisions;
    private final PlanRegisterQueries register;
    private final PlanRevision revision;
    private final SubmissionWordWriter writer;
    private final ProposalOutcomeMail outcomes;
    private final AppClock clock;

    BatchDelegates(Proposals proposals, ProposalContext context, AmendmentBatches batches, AmendmentDecisions decisions,
                   PlanRegisterQueries register, PlanRevision revision, SubmissionWordWriter writer,
                   ProposalOutcomeMail outcomes, AppClock clock) {
        this.clock = clock;
        this.proposals = proposals;
        this.context = context;
        this.batches = batches;
        this.decisions = decisions;
        this.register = register;
        this.revision = revision;
        this.writer = writer;
        this.outcomes = outcomes;
    }

    /** Task_JoinBatch: the accepted proposal joins the open batch, or opens one (event-driven, no polling). */
    @Bean("joinAmendmentBatch")
    JavaDelegate joinAmendmentBatch() {
        return execution -> {
            long id = context.proposal(execution).id();
            proposals.recordBranchReview(id, ProposalStatus.DA_TIEP_NHAN,
                    ((String) execution.getVariable("branchOpinion")).trim(), null, null);
            batches.lock();
            var runtime = execution.getProcessEngineServices().getRuntimeService();
            var open = batches.open();
            AmendmentBatches.Batch batch = open.orElseGet(() -> {
                Instant now = clock.now();
                return batches.create(clock.dateOf(now).getYear(), now);
            });
            proposals.joinBatch(id, batch.id());
            if (open.isEmpty()) {
                runtime.startProcessInstanceByKey(CONSOLIDATION, batch.key(),
                        Map.of("batchKey", batch.key()));
            } else {
                // The consolidator's task shows what the batch holds; keep it current.
                runtime.createProcessInstanceQuery().processDefinitionKey(CONSOLIDATION).processInstanceBusinessKey(batch.key())
                        .list().forEach(p -> runtime.setVariable(p.getId(), "batchSummary", summary(batch.id())));
            }
            execution.setVariable("batchKey", batch.key());
        };
    }

    /** Task_SubmitBatch, on create: what the batch holds (updated as proposals join, until it is submitted). */
    @Bean("batchSummary")
    TaskListener batchSummary() {
        return task -> task.setVariable("batchSummary", summary(context.batch(task.getExecution()).id()));
    }

    /** Task_PrepareSubmission: the batch is submitted once, with its tờ trình; UBND tỉnh gets one row per proposal. */
    @Bean("submitAmendmentBatch")
    JavaDelegate submitAmendmentBatch() {
        return execution -> {
            AmendmentBatches.Batch batch = context.batch(execution);
            long batchId = batch.id();
            batches.lock();
            List<Proposal> members = proposals.ofBatch(batchId);
            byte[] docx = writer.write(submission(execution, members));
            if (!batches.markSubmitted(batchId, ProposalDelegates.currentUser(execution),
                    clock.now(), docx)) {
                throw new InvalidFormInputException("batchKey", "Tờ trình " + batch.key()
                        + " đã được trình Ủy ban nhân dân tỉnh.");
            }
            members.forEach(p -> proposals.setStatus(p.id(), ProposalStatus.DA_TRINH));
            execution.setVariable(AmendmentDecisions.DECISIONS, decisions.rows(members, unitNames()));
            execution.setVariable("submissionUrl", AmendmentController.submissionUrl(batch.key()));
        };
    }

    /** End of Task_DecideProposals: number, date and every proposal decided, and the plan can take it. */
    @Bean("amendmentDecisionValidator")
    ExecutionListener amendmentDecisionValidator() {
        return execution -> {
            if (!execution.isCanceled()) {
                decisions.check(execution, proposals.ofBatch(context.batch(execution).id()), baseVersion());
            }
        };
    }

    /** Task_ApplyDecisions: decisions recorded, a new plan version if anything was approved, each unit told. */
    @Bean("applyAmendmentDecisions")
    JavaDelegate applyAmendmentDecisions() {
        return execution -> {
            long batchId = context.batch(execution).id();
            List<Proposal> members = proposals.ofBatch(batchId);
            long base = baseVersion();
            AmendmentDecisions.Checked checked = decisions.check(execution, members, base);
            String actor = ProposalDelegates.currentUser(execution);
            Long newVersion = checked.changes().isEmpty() ? null
                    : revision.createVersion(base, checked.changes(), checked.number(), checked.date(), actor);
            batches.markDecided(batchId, checked.number(), checked.date(), actor, clock.now(),
                    newVersion);
            String decision = " (Quyết định số " + checked.number() + " ngày "
                    + checked.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")";
            for (Proposal p : members) {
                AmendmentDecisions.Decided d = checked.byProposal().get(p.id());
                proposals.recordDecision(p.id(), d.decision(), d.note(), d.adjusted());
                String outcome = "Ủy ban nhân dân tỉnh " + d.decision().label().toLowerCase() + " đề xuất " + p.key() + decision
                        + (d.note() == null ? "." : ". Ghi chú: " + d.note());
                execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(DECIDED)
                        .processInstanceBusinessKey(p.key()).setVariable("outcomeText", outcome).correlate();
                outcomes.tell(p.unitId(), p.key(), outcome);
            }
            execution.setVariable("newPlanVersionId", newVersion);
        };
    }

    private AmendmentSubmission submission(DelegateExecution execution, List<Proposal> members) {
        long base = baseVersion();
        PlanViews.Version version = register.version(base).orElseThrow();
        PlanFile plan = revision.asPlanFile(base);
        Map<String, String> names = unitNames();
        List<AmendmentSubmission.Proposal> rows = new ArrayList<>();
        for (Proposal p : members) {
            PlanFile.Item current = plan.items().stream().filter(i -> i.stt().equals(p.targetStt())).findFirst().orElse(null);
            rows.add(new AmendmentSubmission.Proposal(p.key(), names.getOrDefault(p.unitId(), p.unitId()), p.kind().label(),
                    p.targetStt(), p.kind() == AmendmentKind.BO_SUNG ? "" : ProposalTexts.current(current),
                    p.kind() == AmendmentKind.BAI_BO ? "Bãi bỏ nhiệm vụ" : ProposalTexts.proposed(p.changes()), p.reason(),
                    p.branchOpinion()));
        }
        String consolidator = register.unit(version.reportingRegime().recipientUnit()).map(PlanViews.Unit::name).orElse("");
        return new AmendmentSubmission(context.batch(execution).key(), version.summary().number(),
                version.summary().title(), version.issuer(), consolidator,
                clock.today(), rows);
    }

    private String summary(long batchId) {
        Map<String, String> names = unitNames();
        List<String> lines = new ArrayList<>();
        for (Proposal p : proposals.ofBatch(batchId)) {
            lines.add(p.key() + " — " + names.getOrDefault(p.unitId(), p.unitId()) + " — " + p.kind().label()
                    + " nhiệm vụ " + p.targetStt());
        }
        return lines.isEmpty() ? "(chưa có đề xuất)" : String.join("\n", lines);
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        register.units().forEach(u -> names.put(u.id(), u.shortName()));
        return names;
    }

    private long baseVersion() {
        return register.versionInForce(clock.today())
                .orElseThrow();
    }
}
