package vn.dongthap.tdcs.reporting;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.reporting.documents.ConsolidatedReport;

/** Builds the consolidated report of a round from the submissions in the application's tables. */
@Component
public class ConsolidatedReportAssembler {

    private final ReportRounds rounds;
    private final UnitStates states;
    private final Submissions submissions;
    private final PlanRegisterQueries plan;
    private final ReportFigures figures;
    private final AppClock clock;
    private final RoundRecipients recipients;

    ConsolidatedReportAssembler(ReportRounds rounds, UnitStates states, Submissions submissions, PlanRegisterQueries plan,
                                ReportFigures figures, AppClock clock, RoundRecipients recipients) {
        this.recipients = recipients;
        this.rounds = rounds;
        this.states = states;
        this.figures = figures;
        this.submissions = submissions;
        this.plan = plan;
        this.clock = clock;
    }

    public ConsolidatedReport assemble(long roundId) {
        ReportRound round = rounds.findById(roundId).orElseThrow();
        PlanViews.Version version = plan.version(round.planVersionId()).orElseThrow();
        Map<String, PlanViews.Unit> units = plan.units().stream()
                .collect(Collectors.toMap(PlanViews.Unit::id, Function.identity()));
        Map<String, Submissions.Submission> latest = submissions.latest(roundId).stream()
                .collect(Collectors.toMap(Submissions.Submission::unitId, Function.identity()));

        Map<Long, List<Submissions.Item>> latestItems = submissions.latestItems(roundId);
        Map<Long, List<ConsolidatedReport.UnitResult>> resultsByItem = new HashMap<>();
        List<ConsolidatedReport.UnitStatus> statuses = new ArrayList<>();
        for (UnitStates.Standing standing : states.of(round)) {
            UnitInRound unit = standing.unit();
            PlanViews.Unit info = units.get(unit.unitId());
            Submissions.Submission submission = latest.get(unit.unitId());
            if (submission != null) {
                for (Submissions.Item item : latestItems.getOrDefault(submission.id(), List.of())) {
                    resultsByItem.computeIfAbsent(item.planItemId(), k -> new ArrayList<>())
                            .add(new ConsolidatedReport.UnitResult(unit.unitId(), info.shortName(),
                                    UnitReportForm.LEVELS.get(item.level()), item.result(), item.product(),
                                    item.difficulties(), item.proposals()));
                }
            }
            statuses.add(status(round, standing, info, submission));
        }

        Map<String, ConsolidatedReport.ItemResults> items = new LinkedHashMap<>();
        for (PlanViews.Item item : version.items()) {
            items.put(item.stt(), new ConsolidatedReport.ItemResults(item.stt(), item.content(),
                    resultsByItem.getOrDefault(item.id(), List.of())));
        }
        List<String> recipientNames = recipients.names(round);
        String consolidator = units.get(version.reportingRegime().recipientUnit()).name();
        PlanViews.Unit planIssuer = units.get(version.issuerUnit());
        String subject = ReportSubject.of(version.summary().number(), version.summary().issuedOn(),
                planIssuer == null ? version.issuer() : planIssuer.shortName(), version.summary().title(), round.kind(),
                round.reportYear(), round.topic());
        return new ConsolidatedReport(round.key(), round.title(), subject, round.kind().label(), round.deadline(),
                round.dataCutoff(), version.summary().number(), version.summary().title(), version.issuer(), consolidator,
                recipientNames, clock.today(), List.copyOf(items.values()), statuses,
                figures.declared(round.planVersionId()).stream()
                        .map(f -> new ConsolidatedReport.Figure(f.key(), f.label(), f.unit(), f.decimals())).toList(),
                UnitReportForm.LEVEL_ORDER.stream().map(UnitReportForm.LEVELS::get).toList());
    }

    private ConsolidatedReport.UnitStatus status(ReportRound round, UnitStates.Standing standing, PlanViews.Unit info,
                                                 Submissions.Submission submission) {
        UnitInRound unit = standing.unit();
        Integer daysLate = null;
        if (standing.state() == UnitState.NOP_MUON && unit.lastSubmittedAt() != null) {
            daysLate = (int) ChronoUnit.DAYS.between(round.deadline(),
                    unit.lastSubmittedAt().atZone(clock.zone()).toLocalDate());
        }
        return new ConsolidatedReport.UnitStatus(unit.unitId(), info.shortName(), info.kindLabel(), standing.state(),
                unit.lastSubmittedAt() == null ? null : unit.lastSubmittedAt().atZone(clock.zone()).toOffsetDateTime(),
                unit.late() && !unit.invited(), daysLate, unit.versions(), unit.lastReturnReason(),
                submission == null ? Map.of() : submission.figures(), !unit.invited());
    }
}
