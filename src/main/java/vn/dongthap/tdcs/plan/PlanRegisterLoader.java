package vn.dongthap.tdcs.plan;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dongthap.tdcs.plan.ValidatedRegister.Role;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Validates the units and plan files and stores them in one transaction. An unchanged file changes
 * nothing; a changed plan becomes a new version and the previous versions stay as they were, unless UBND
 * tỉnh's decisions made versions after the one the file was last loaded as (see PlanFileGuard).
 * storeVersion is the one place that writes a plan version, from the file or from decisions.
 */
@Service
public class PlanRegisterLoader {

    static final String ORIGIN_DATA_FILE = "DATA_FILE";
    private static final Logger log = LoggerFactory.getLogger(PlanRegisterLoader.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PlanRegisterQueries queries;
    private final PlanFileGuard guard;
    private final AppClock clock;

    public PlanRegisterLoader(JdbcClient jdbc, JdbcTemplate batch, PlanRegisterQueries queries, PlanFileGuard guard,
                              AppClock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.batch = batch;
        this.queries = queries;
        this.guard = guard;
    }

    /** Loads without accepting an edited file over decision versions (see PlanFileGuard). */
    @Transactional
    public LoadResult load(Resource unitsResource, Resource planResource, String actor) {
        return load(unitsResource, planResource, actor, new PlanFileAcceptance(null));
    }

    /**
     * Refuses (PlanFileConflictException) a plan file that differs from the version it was last loaded as when
     * versions made by decisions came after that version, unless {@code acceptance} names exactly this file
     * content on top of the newest version.
     */
    @Transactional
    public LoadResult load(Resource unitsResource, Resource planResource, String actor, PlanFileAcceptance acceptance) {
        String unitsName = DataFileReader.describe(unitsResource);
        String planName = DataFileReader.describe(planResource);
        List<String> readProblems = new ArrayList<>();
        UnitsFile units = readCollecting(unitsResource, UnitsFile.class, readProblems);
        PlanFile plan = readCollecting(planResource, PlanFile.class, readProblems);
        if (!readProblems.isEmpty()) {
            throw new PlanDataException(readProblems);
        }
        ValidatedRegister register = RegisterValidator.validate(units, unitsName, plan, planName);

        boolean unitsUpdated = storeUnitsIfChanged(register.units(), unitsResource.getDescription());
        String planHash = ContentHash.of(Map.of("plan", register.plan(), "resolved", register.resolvedUnits()));
        String code = register.plan().plan().code();
        List<PlanViews.VersionSummary> versions = versionsOf(code);
        Optional<PlanViews.VersionSummary> lastFromFile = versions.stream()
                .filter(v -> ORIGIN_DATA_FILE.equals(v.origin())).reduce((first, second) -> second);
        if (lastFromFile.isPresent() && planHash.equals(contentHash(lastFromFile.get().id()))) {
            if (acceptance.isSet()) {
                log.info("Tệp kế hoạch không đổi: có thể xóa app.plan-data.accept-file.");
            }
            return new LoadResult(unitsUpdated, false, lastFromFile.get().id(), lastFromFile.get().versionNo());
        }
        List<PlanViews.VersionSummary> decidedSince = lastFromFile.map(last -> versions.stream()
                .filter(v -> ORIGIN_AMENDMENT.equals(v.origin()) && v.versionNo() > last.versionNo()).toList())
                .orElse(List.of());
        Long acceptedOver = decidedSince.isEmpty() ? null
                : guard.acceptOrRefuse(register, planHash, planName, lastFromFile.get(), decidedSince, acceptance);
        int versionNo = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).versionNo() + 1;
        var header = register.plan().plan();
        long versionId = storeVersion(register, planHash, versionNo, new Origin(ORIGIN_DATA_FILE,
                planResource.getDescription(), null, null, header.effectiveFrom(), null, acceptedOver), actor);
        log.info("Đã nạp kế hoạch {} phiên bản {} từ {}", header.number(), versionNo, planName);
        return new LoadResult(unitsUpdated, true, versionId, versionNo);
    }

    /** The plan's versions, oldest first. */
    private List<PlanViews.VersionSummary> versionsOf(String code) {
        return queries.versions().stream().filter(v -> v.planCode().equals(code)).toList();
    }

    private String contentHash(long versionId) {
        return jdbc.sql("select content_hash from kehoach.plan_version where id = ?").param(versionId)
                .query(String.class).single();
    }

    private static <T> T readCollecting(Resource resource, Class<T> type, List<String> problems) {
        try {
            return DataFileReader.read(resource, type);
        } catch (PlanDataException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private boolean storeUnitsIfChanged(UnitsFile units, String source) {
        String hash = ContentHash.of(units);
        Optional<String> previous = jdbc.sql("select content_hash from kehoach.data_file_load where file_key = 'units'")
                .query(String.class).optional();
        if (previous.filter(hash::equals).isPresent()) {
            return false;
        }
        Timestamp now = Timestamp.from(clock.now());
        // Bulk: read what is stored once, then one batch of updates and one of inserts per table; a national
        // register (≈ 3 400 units) otherwise costs thousands of round trips at every changed start.
        List<Object[]> kinds = new ArrayList<>();
        for (var kind : units.kinds()) {
            kinds.add(new Object[] {kind.label(), kinds.size(), kind.id()});
        }
        upsert("select id from kehoach.unit_kind",
                "update kehoach.unit_kind set label = ?, sort_order = ? where id = ?",
                "insert into kehoach.unit_kind (label, sort_order, id) values (?, ?, ?)", kinds);

        Set<String> present = new LinkedHashSet<>();
        List<Object[]> unitRows = new ArrayList<>();
        for (var unit : units.units()) {
            present.add(unit.id());
            String email = unit.email() == null || unit.email().isBlank() ? null : unit.email().trim();
            unitRows.add(new Object[] {unit.name(), unit.shortName(), unit.kind(), email, unit.verified(),
                    unitRows.size(), now, unit.id()});
        }
        upsert("select id from kehoach.org_unit",
                """
                        update kehoach.org_unit set name = ?, short_name = ?, kind = ?, email = ?, verified = ?,
                          active = true, sort_order = ?, updated_at = ? where id = ?""",
                """
                        insert into kehoach.org_unit (name, short_name, kind, email, verified, active, sort_order,
                          updated_at, id) values (?, ?, ?, ?, ?, true, ?, ?, ?)""", unitRows);
        // Units are never deleted: older plan versions and reports still refer to them.
        List<Object[]> gone = jdbc.sql("select id from kehoach.org_unit where active = true").query(String.class).list()
                .stream().filter(id -> !present.contains(id)).map(id -> new Object[] {now, id}).toList();
        batch.batchUpdate("update kehoach.org_unit set active = false, updated_at = ? where id = ?", gone);
        queries.forgetUnits();

        jdbc.sql("delete from kehoach.unit_collective_member").update();
        List<Object[]> collectives = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        for (var collective : units.collectives()) {
            collectives.add(new Object[] {collective.name(), collective.verified(), collectives.size(), collective.id()});
            for (String member : membersOf(collective, units)) {
                members.add(new Object[] {collective.id(), member});
            }
        }
        upsert("select id from kehoach.unit_collective",
                "update kehoach.unit_collective set name = ?, verified = ?, sort_order = ? where id = ?",
                "insert into kehoach.unit_collective (name, verified, sort_order, id) values (?, ?, ?, ?)", collectives);
        batch.batchUpdate("insert into kehoach.unit_collective_member (collective_id, unit_id) values (?, ?)", members);
        int rows = jdbc.sql("update kehoach.data_file_load set source = ?, content_hash = ?, loaded_at = ? where file_key = 'units'")
                .params(source, hash, now).update();
        if (rows == 0) {
            jdbc.sql("insert into kehoach.data_file_load (file_key, source, content_hash, loaded_at) values ('units', ?, ?, ?)")
                    .params(source, hash, now).update();
        }
        log.info("Đã cập nhật danh mục {} đơn vị từ {}", units.units().size(), source);
        return true;
    }

    /**
     * Updates the rows whose id ({@code select ids}) is stored and inserts the others, in two batches. Each row's
     * last value is its id, the statements take the same parameters in the same order.
     */
    private void upsert(String selectIds, String update, String insert, List<Object[]> rows) {
        Set<String> stored = new HashSet<>(jdbc.sql(selectIds).query(String.class).list());
        Map<Boolean, List<Object[]>> byStored = rows.stream()
                .collect(Collectors.partitioningBy(row -> stored.contains((String) row[row.length - 1])));
        batch.batchUpdate(update, byStored.get(true));
        batch.batchUpdate(insert, byStored.get(false));
    }

    private static Set<String> membersOf(UnitsFile.Collective collective, UnitsFile units) {
        Set<String> members = new LinkedHashSet<>();
        List<String> kinds = collective.kinds() == null ? List.of() : collective.kinds();
        units.units().stream().filter(u -> kinds.contains(u.kind())).forEach(u -> members.add(u.id()));
        if (collective.units() != null) {
            members.addAll(collective.units());
        }
        return members;
    }

    /**
     * A version made by decided amendments (see PlanRevision): validated like a data file, effective from
     * the decision date, recording the decision. Returns the new version's id.
     */
    @Transactional
    public long storeAmendedVersion(PlanFile plan, UnitsFile units, long basedOnVersionId, String decisionNumber,
                                    LocalDate decisionDate, String actor) {
        ValidatedRegister register = RegisterValidator.validate(units, "danh mục đơn vị", plan, "Kế hoạch sau sửa đổi");
        String code = plan.plan().code();
        int versionNo = jdbc.sql("select coalesce(max(version_no), 0) + 1 from kehoach.plan_version where plan_code = ?")
                .param(code).query(Integer.class).single();
        String hash = ContentHash.of(Map.of("plan", plan, "resolved", register.resolvedUnits()));
        return storeVersion(register, hash, versionNo,
                new Origin(ORIGIN_AMENDMENT, "Quyết định " + decisionNumber, decisionNumber, decisionDate, decisionDate,
                        basedOnVersionId, null),
                actor);
    }

    static final String ORIGIN_AMENDMENT = "AMENDMENT";

    /**
     * Where a version comes from: basedOn = the version a decision was applied to; acceptedOver = the newest
     * (decision) version a data file was explicitly accepted on top of.
     */
    private record Origin(String origin, String source, String decisionNumber, LocalDate decisionDate,
                          LocalDate effectiveFrom, Long basedOn, Long acceptedOver) {
    }

    private long storeVersion(ValidatedRegister register, String hash, int versionNo, Origin origin, String actor) {
        var header = register.plan().plan();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into kehoach.plan_version (plan_code, version_no, number, title, issued_on, issuer, issuer_unit,
                          signer, legal_basis, effective_from, content_hash, origin, source, decision_number, decision_date,
                          based_on_version_id, accepted_over_version_id, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(header.code(), versionNo, header.number(), header.title(), header.issuedOn(), header.issuer(),
                        header.issuerUnit(), header.signer(), String.join("\n", header.legalBasis()),
                        origin.effectiveFrom(), hash, origin.origin(), origin.source(), origin.decisionNumber(),
                        origin.decisionDate(), origin.basedOn(), origin.acceptedOver(), actor, Timestamp.from(clock.now()))
                .update(keys, "id");
        long versionId = keys.getKey().longValue();

        var regime = register.plan().reportingRegime();
        jdbc.sql("""
                        insert into kehoach.plan_reporting_regime (version_id, regime_text, kind, frequency, due_before,
                          recipient_unit, consolidated_to, other_kinds, must_report_kinds, must_report_units, invited_kinds,
                          invited_units) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(versionId, regime.text(), regime.kind(), regime.frequency(), regime.dueBefore(),
                        regime.recipientUnit(), String.join(",", regime.consolidatedTo()),
                        String.join(",", regime.otherKinds() == null ? List.of() : regime.otherKinds()),
                        String.join(",", regime.obligation().mustReportKinds()),
                        String.join(",", regime.obligation().mustReportUnits()),
                        String.join(",", regime.obligation().invitedKinds()),
                        String.join(",", regime.obligation().invitedUnits()))
                .update();
        storeFigures(versionId, regime.figures());

        int order = 0;
        for (var group : register.plan().groups()) {
            jdbc.sql("insert into kehoach.plan_group (version_id, code, title, title_inferred, sort_order) values (?, ?, ?, ?, ?)")
                    .params(versionId, group.code(), group.title(), Boolean.TRUE.equals(group.titleInferred()), order++)
                    .update();
        }
        order = 0;
        List<Object[]> itemUnits = new ArrayList<>();
        for (var item : register.plan().items()) {
            var itemKey = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into kehoach.plan_item (version_id, stt, group_code, content, lead_text, coop_text, product,
                              timing, note, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(versionId, item.stt(), item.group(), item.content(), item.leadText(), item.coopText(),
                            item.product(), item.timing(), item.note(), order++)
                    .update(itemKey, "id");
            long itemId = itemKey.getKey().longValue();
            for (Role role : Role.values()) {
                register.resolvedUnits().get(item.stt()).get(role).forEach((unitId, via) ->
                        itemUnits.add(new Object[] {itemId, unitId, role.name(), via}));
            }
            for (String figure : item.figures() == null ? List.<String>of() : item.figures()) {
                jdbc.sql("insert into kehoach.plan_item_figure (item_id, figure_key) values (?, ?)")
                        .params(itemId, figure).update();
            }
            if (item.figureUnits() != null) {
                item.figureUnits().forEach((figure, unitIds) -> unitIds.forEach(unitId -> jdbc.sql(
                                "insert into kehoach.plan_item_figure_unit (item_id, figure_key, unit_id) values (?, ?, ?)")
                        .params(itemId, figure, unitId).update()));
            }
        }
        // One batch: an item led by every commune of a national register has thousands of units.
        batch.batchUpdate("insert into kehoach.plan_item_unit (item_id, unit_id, role, via) values (?, ?, ?, ?)", itemUnits);
        return versionId;
    }

    /** The figures the version's reporting regime declares; items ask them by key (plan_item_figure). */
    private void storeFigures(long versionId, List<PlanFile.Figure> figures) {
        int order = 0;
        for (var figure : figures == null ? List.<PlanFile.Figure>of() : figures) {
            jdbc.sql("""
                            insert into kehoach.plan_figure (version_id, figure_key, label, unit_of_measure, decimals,
                              min_value, max_value, asked_of, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(versionId, figure.key(), figure.label(), figure.unit(), figure.decimals(), figure.min(),
                            figure.max(), String.join(",", figure.askedOf()).toUpperCase(java.util.Locale.ROOT), order++)
                    .update();
        }
    }
}
