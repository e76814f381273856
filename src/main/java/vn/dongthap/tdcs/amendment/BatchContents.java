package vn.dongthap.tdcs.amendment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.amendment.documents.AmendmentSubmission;
import vn.dongthap.tdcs.plan.PlanFile;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanRevision;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;

/** What a batch (tờ trình) holds, as the consolidator's task, the tờ trình and UBND tỉnh's decision show it. */
@Component
class BatchContents {

    private final Proposals proposals;
    private final PlanRegisterQueries register;
    private final PlanRevision revision;
    private final AppClock clock;

    BatchContents(Proposals proposals, PlanRegisterQueries register, PlanRevision revision, AppClock clock) {
        this.proposals = proposals;
        this.register = register;
        this.revision = revision;
        this.clock = clock;
    }

    /** One line per proposal of the batch, for the consolidator's task. */
    String summary(long batchId) {
        Map<String, String> names = unitNames();
        List<String> lines = new ArrayList<>();
        for (Proposal p : proposals.ofBatch(batchId)) {
            lines.add(p.key() + " — " + names.getOrDefault(p.unitId(), "(đơn vị không còn trong danh mục)") + " — "
                    + p.kind().label() + " nhiệm vụ " + p.targetStt() + " — Chi nhánh: " + p.recommendationText());
        }
        return lines.isEmpty() ? "(chưa có đề xuất)" : String.join("\n", lines);
    }

    /** The tờ trình's content: each proposal next to the plan item it changes. */
    AmendmentSubmission submission(String batchKey, List<Proposal> members) {
        long base = baseVersion();
        PlanViews.Version version = register.version(base).orElseThrow();
        PlanFile plan = revision.asPlanFile(base);
        Map<String, String> names = unitNames();
        List<AmendmentSubmission.Proposal> rows = new ArrayList<>();
        for (Proposal p : members) {
            PlanFile.Item current = plan.items().stream().filter(i -> i.stt().equals(p.targetStt())).findFirst().orElse(null);
            rows.add(new AmendmentSubmission.Proposal(p.key(), names.getOrDefault(p.unitId(), p.unitId()), p.kind().label(),
                    p.targetStt(), p.kind() == AmendmentKind.BO_SUNG ? "" : ProposalTexts.current(current),
                    p.kind() == AmendmentKind.BAI_BO ? "Bãi bỏ nhiệm vụ" : ProposalTexts.proposed(p.changes(), p.regime(), names),
                    p.reason(), p.recommendationText()));
        }
        String consolidator = register.unit(version.reportingRegime().recipientUnit()).map(PlanViews.Unit::name).orElse("");
        // the plan's issuer decides its amendments (III.5); the units file holds its current name
        String addressee = register.unit(version.issuerUnit()).map(PlanViews.Unit::name).orElse(version.issuer());
        return new AmendmentSubmission(batchKey, version.summary().number(),
                version.summary().title(), version.issuer(), addressee, consolidator, clock.today(), rows);
    }

    Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        register.units().forEach(u -> names.put(u.id(), u.shortName()));
        register.collectives().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    /**
     * The newest plan version: UBND tỉnh's decisions go on top of it (a later decision or an accepted plan file is
     * kept); the decision check refuses changes whose items differ there from the version their proposal saw.
     */
    long newestVersion() {
        return register.newestVersion().orElseThrow();
    }

    /** The plan version in force today: the one the tờ trình shows. */
    long baseVersion() {
        return register.versionInForce(clock.today()).orElseThrow();
    }
}
