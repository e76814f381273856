package vn.dongthap.tdcs.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a new plan version from decided amendments: the base version as a plan file, the changes
 * applied, checked by the same validator as the data files, stored with the decision. The base
 * version is never touched.
 */
@Service
public class PlanRevision {

    private final JdbcClient jdbc;
    private final PlanRegisterQueries queries;
    private final PlanRegisterLoader loader;
    private final ApplicationEventPublisher events;

    PlanRevision(JdbcClient jdbc, PlanRegisterQueries queries, PlanRegisterLoader loader,
                 ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.loader = loader;
        this.events = events;
    }

    /** Refuses changes the register cannot take (unknown unit, duplicate STT, ...) with PlanDataException. */
    public PlanFile apply(long baseVersionId, List<PlanChange> changes) {
        PlanFile base = asPlanFile(baseVersionId);
        Map<String, PlanFile.Item> items = new LinkedHashMap<>();
        base.items().forEach(item -> items.put(item.stt(), item));
        List<String> problems = new ArrayList<>();
        PlanFile.Regime regime = base.reportingRegime();
        String reportingRow = reportingRowStt(base).orElse(null);
        for (PlanChange change : changes) {
            PlanFile.Item current = items.get(change.stt());
            if (change.regime() != null && !change.regime().isEmpty()) {
                if (change.type() != PlanChange.Type.CHANGE || !change.stt().equals(reportingRow)) {
                    problems.add("Hạn và nơi nhận báo cáo chỉ thay đổi được qua dòng chế độ báo cáo của Kế hoạch"
                            + (reportingRow == null ? "." : " (STT " + reportingRow + ")."));
                    continue;
                }
                regime = regime.amended(null, change.regime().dueBefore(), change.regime().consolidatedTo());
            }
            if (change.type() == PlanChange.Type.CHANGE && change.stt().equals(reportingRow) && change.content() != null) {
                // The row states the regime: its wording and the regime's text stay one text.
                regime = regime.amended(change.content(), null, null);
            }
            switch (change.type()) {
                case REMOVE -> {
                    if (current == null) {
                        problems.add("Nhiệm vụ STT " + change.stt() + " không có trong Kế hoạch hiện hành.");
                    }
                    items.remove(change.stt());
                }
                case CHANGE -> {
                    if (current == null) {
                        problems.add("Nhiệm vụ STT " + change.stt() + " không có trong Kế hoạch hiện hành.");
                        continue;
                    }
                    items.put(change.stt(), new PlanFile.Item(current.stt(), or(change.group(), current.group()),
                            or(change.content(), current.content()),
                            change.lead() == null ? current.leadText() : namesOf(change.lead()),
                            or(change.lead(), current.lead()),
                            change.coop() == null ? current.coopText() : namesOf(change.coop()),
                            or(change.coop(), current.coop()), or(change.product(), current.product()),
                            or(change.timing(), current.timing()), current.note(), current.figures(),
                            current.figureUnits()));
                }
                case ADD -> {
                    if (current != null) {
                        problems.add("Nhiệm vụ STT " + change.stt() + " đã có trong Kế hoạch; nhiệm vụ bổ sung cần STT mới.");
                        continue;
                    }
                    List<String> coop = change.coop() == null ? List.of() : change.coop();
                    // A decision adds the task, not a figure to report: changed items keep their figures, new ones ask none.
                    items.put(change.stt(), new PlanFile.Item(change.stt(), change.group(), change.content(),
                            change.lead() == null ? null : namesOf(change.lead()), change.lead(), namesOf(coop), coop,
                            change.product() == null ? "" : change.product(), change.timing(), null, List.of(),
                            Map.of()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanDataException(problems);
        }
        return new PlanFile(base.plan(), base.groups(), List.copyOf(items.values()), regime);
    }

    /**
     * The plan's reporting row: the appendix row that states the reporting regime, recognised by its content being
     * the regime's text (the plan data file writes both; an amendment of the row's content changes both).
     */
    public Optional<String> reportingRowStt(long versionId) {
        return reportingRowStt(asPlanFile(versionId));
    }

    public static Optional<String> reportingRowStt(PlanFile plan) {
        String text = plan.reportingRegime() == null ? null : plan.reportingRegime().text();
        return plan.items().stream().filter(i -> text != null && i.content() != null && i.content().trim().equals(text.trim()))
                .map(PlanFile.Item::stt).findFirst();
    }

    /** Stores the revised plan as a new version effective from the decision date; returns its id. */
    @Transactional
    public long createVersion(long baseVersionId, List<PlanChange> changes, String decisionNumber, LocalDate decisionDate,
                              String actor) {
        PlanFile revised = apply(baseVersionId, changes);
        long versionId = loader.storeAmendedVersion(revised, unitsFile(), baseVersionId, decisionNumber, decisionDate, actor);
        events.publishEvent(new PlanVersionCreated(versionId));
        return versionId;
    }

    /**
     * Why a change prepared on {@code seenVersionId} cannot be applied to {@code targetVersionId} as it was
     * prepared: the item with this STT differs between the two versions (changed, removed, or its STT taken).
     * Empty when the item is the same in both, so the change can be applied on top of the newer version.
     */
    public Optional<String> itemChangedSince(long seenVersionId, long targetVersionId, String stt) {
        if (seenVersionId == targetVersionId) {
            return Optional.empty();
        }
        PlanViews.Version seen = queries.version(seenVersionId).orElseThrow();
        PlanViews.Version target = queries.version(targetVersionId).orElseThrow();
        return PlanDifferences.item(stt, PlanDifferences.Facts.of(seen), PlanDifferences.Facts.of(target));
    }

    /** The version as named to people, e.g. "phiên bản 3 (Quyết định số 45/QĐ-UBND ngày 02/12/2026)". */
    public String describe(long versionId) {
        return VersionLabels.of(queries.version(versionId).orElseThrow().summary());
    }

    /** A stored version in the shape of the plan data file, lead/coop as the plan names them. */
    public PlanFile asPlanFile(long versionId) {
        PlanViews.Version version = queries.version(versionId)
                .orElseThrow(() -> new PlanDataException(List.of("Không có phiên bản kế hoạch " + versionId + ".")));
        var summary = version.summary();
        PlanFile.Header header = new PlanFile.Header(summary.planCode(), summary.number(), summary.title(),
                summary.issuedOn(), summary.effectiveFrom(), version.issuer(), version.issuerUnit(), version.signer(),
                version.legalBasis());
        List<PlanFile.Group> groups = version.groups().stream()
                .map(g -> new PlanFile.Group(g.code(), g.title(), g.titleInferred())).toList();
        Map<Long, Map<String, List<String>>> refs = unitRefs(versionId);
        Map<Long, Map<String, List<String>>> figureUnits = queries.itemFigureUnits(versionId);
        List<PlanFile.Item> items = version.items().stream().map(item -> {
            Map<String, List<String>> byRole = refs.getOrDefault(item.id(), Map.of());
            return new PlanFile.Item(item.stt(), item.group(), item.content(), item.leadText(),
                    byRole.getOrDefault("LEAD", List.of()), item.coopText(), byRole.getOrDefault("COOP", List.of()),
                    item.product(), item.timing(), item.note(), item.figures(),
                    figureUnits.getOrDefault(item.id(), Map.of()));
        }).toList();
        var regime = version.reportingRegime();
        return new PlanFile(header, groups, items, new PlanFile.Regime(regime.text(), regime.kind(), regime.frequency(),
                regime.dueBefore(), regime.recipientUnit(), regime.consolidatedTo(), regime.otherKinds(),
                regime.figures().stream().map(PlanRevision::asFileFigure).toList(), regime.obligation()));
    }

    private static PlanFile.Figure asFileFigure(PlanViews.Figure figure) {
        return new PlanFile.Figure(figure.key(), figure.label(), figure.unit(), figure.decimals(), figure.min(),
                figure.max(), figure.askedOf().stream().map(role -> role.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /** The ids as the plan names them: the collective a unit came through, or the unit itself. */
    private Map<Long, Map<String, List<String>>> unitRefs(long versionId) {
        Map<Long, Map<String, List<String>>> refs = new LinkedHashMap<>();
        jdbc.sql("""
                        select iu.item_id, iu.role, coalesce(iu.via, iu.unit_id), min(u.sort_order) from kehoach.plan_item_unit iu
                        join kehoach.plan_item i on i.id = iu.item_id join kehoach.org_unit u on u.id = iu.unit_id
                        where i.version_id = ? group by iu.item_id, iu.role, coalesce(iu.via, iu.unit_id)
                        order by iu.item_id, min(u.sort_order)""")
                .param(versionId)
                .query(rs -> {
                    refs.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                });
        return refs;
    }

    private UnitsFile unitsFile() {
        List<UnitsFile.Kind> kinds = jdbc.sql("select id, label from kehoach.unit_kind order by sort_order")
                .query((rs, n) -> new UnitsFile.Kind(rs.getString(1), rs.getString(2))).list();
        List<UnitsFile.Unit> units = queries.units().stream().filter(PlanViews.Unit::active)
                .map(u -> new UnitsFile.Unit(u.id(), u.name(), u.shortName(), u.kind(), u.email(), u.verified())).toList();
        List<UnitsFile.Collective> collectives = queries.collectives().stream()
                .map(c -> new UnitsFile.Collective(c.id(), c.name(), List.of(), c.unitIds(), c.verified())).toList();
        return new UnitsFile(kinds, units, collectives);
    }

    /** The wording for a changed lead/coop list, e.g. "Sở Tài chính, UBND cấp xã"; unknown ids are left as they are. */
    private String namesOf(List<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        queries.units().forEach(u -> names.put(u.id(), u.shortName()));
        queries.collectives().forEach(c -> names.put(c.id(), c.name()));
        return ids.stream().map(id -> Optional.ofNullable(names.get(id)).orElse(id)).collect(Collectors.joining(", "));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
