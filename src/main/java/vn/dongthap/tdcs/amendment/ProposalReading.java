package vn.dongthap.tdcs.amendment;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.identity.PersonNames;
import vn.dongthap.tdcs.plan.PlanFile;
import vn.dongthap.tdcs.plan.PlanRevision;
import vn.dongthap.tdcs.plan.RegimeChange;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * The whole proposal as the reviewers read it, from the application's tables: the plan item as it stands beside
 * the proposed text (units by name, timing, the reporting regime where it changes), and the clarification thread
 * with who asked and answered, and when. Never an id.
 */
@Component
class ProposalReading {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    /** The texts the review forms show. */
    record Texts(String target, String current, String proposed, String thread, String trail) {
    }

    private final Proposals proposals;
    private final PlanRevision revision;
    private final BatchContents contents;
    private final PersonNames people;
    private final AppClock clock;

    ProposalReading(Proposals proposals, PlanRevision revision, BatchContents contents, PersonNames people, AppClock clock) {
        this.proposals = proposals;
        this.revision = revision;
        this.contents = contents;
        this.people = people;
        this.clock = clock;
    }

    Texts of(Proposal proposal) {
        Map<String, String> names = contents.unitNames();
        PlanFile plan = revision.asPlanFile(proposal.planVersionId());
        PlanFile.Item item = plan.items().stream().filter(i -> i.stt().equals(proposal.targetStt())).findFirst().orElse(null);
        String target = proposal.kind() == AmendmentKind.BO_SUNG
                ? "Nhiệm vụ mới STT " + proposal.targetStt() + " (nhóm " + proposal.changes().group() + ")"
                : "Nhiệm vụ STT " + proposal.targetStt() + (item == null ? "" : " – " + clip(item.content()));
        String current = proposal.kind() == AmendmentKind.BO_SUNG ? "(nhiệm vụ mới, chưa có trong Kế hoạch)"
                : ProposalTexts.current(item);
        String proposed = proposal.kind() == AmendmentKind.BAI_BO ? "Bãi bỏ nhiệm vụ này."
                : ProposalTexts.proposed(proposal.changes(), proposal.regime(), names);
        if (proposal.regime() != null) {
            current += "\n" + regimeNow(plan, names);
        }
        return new Texts(target, current, proposed, thread(proposal), trail(proposal));
    }

    private String thread(Proposal proposal) {
        List<Proposals.Clarification> entries = proposals.thread(proposal.id());
        if (entries.isEmpty()) {
            return "Chưa có trao đổi giải trình.";
        }
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (Proposals.Clarification c : entries) {
            n++;
            lines.add(n + ". Chi nhánh NHCSXH tỉnh đề nghị giải trình" + byWhen(c.askedBy(), c.askedAt()) + ":\n   "
                    + c.question());
            lines.add(c.answer() == null ? "   Đơn vị chưa trả lời."
                    : "   Đơn vị giải trình" + byWhen(c.answeredBy(), c.answeredAt()) + ":\n   " + c.answer());
        }
        return String.join("\n", lines);
    }

    private String trail(Proposal proposal) {
        return proposals.leaderApproval(proposal.id())
                .map(a -> "Lãnh đạo đơn vị đã duyệt" + byWhen(a.askedBy(), a.askedAt()) + ".")
                .orElse("Lãnh đạo đơn vị chưa duyệt.");
    }

    private String byWhen(String userId, Instant at) {
        if (userId == null && at == null) {
            return " (ghi nhận trước khi hệ thống lưu người và thời điểm)";
        }
        return " (" + (userId == null ? "không rõ người thực hiện" : people.of(List.of(userId)).get(userId)) + (at == null ? "" : ", lúc " + clock.here(at).format(WHEN)) + ")";
    }

    private static String regimeNow(PlanFile plan, Map<String, String> names) {
        PlanFile.Regime regime = plan.reportingRegime();
        return "Hạn báo cáo hằng năm: trước ngày " + RegimeChange.shown(regime.dueBefore())
                + "\nNơi nhận báo cáo tổng hợp: " + ProposalTexts.namesOf(regime.consolidatedTo(), names);
    }

    private static String clip(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "…";
    }
}
