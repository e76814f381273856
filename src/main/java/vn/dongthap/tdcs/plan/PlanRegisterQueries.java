package vn.dongthap.tdcs.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dongthap.tdcs.plan.PlanViews.Collective;
import vn.dongthap.tdcs.plan.PlanViews.Group;
import vn.dongthap.tdcs.plan.PlanViews.Item;
import vn.dongthap.tdcs.plan.PlanViews.Regime;
import vn.dongthap.tdcs.plan.PlanViews.Unit;
import vn.dongthap.tdcs.plan.PlanViews.Version;
import vn.dongthap.tdcs.plan.PlanViews.VersionSummary;
import vn.dongthap.tdcs.platform.TransactionMemo;

/** Read side of the plan register: units, versions and items. */
@Service
@Transactional(readOnly = true)
public class PlanRegisterQueries {

    private static final String VERSION_COLUMNS = """
            id, plan_code, version_no, number, title, issued_on, effective_from, origin, decision_number,
            decision_date, created_by, created_at, issuer, issuer_unit, signer, legal_basis""";

    /** Units by id, read once per transaction; PlanRegisterLoader forgets them when it writes the register. */
    private static final TransactionMemo.Kind<String, Unit> UNITS = new TransactionMemo.Kind<>("org_unit");

    private final JdbcClient jdbc;
    private final TransactionMemo memo;

    public PlanRegisterQueries(JdbcClient jdbc, TransactionMemo memo) {
        this.jdbc = jdbc;
        this.memo = memo;
    }

    public List<Unit> units() {
        return jdbc.sql("""
                        select u.id, u.name, u.short_name, u.kind, k.label, u.email, u.verified, u.active
                        from kehoach.org_unit u join kehoach.unit_kind k on k.id = u.kind
                        order by u.sort_order, u.id""")
                .query(PlanRegisterQueries::unit).list();
    }

    public Optional<Unit> unit(String id) {
        return memo.get(UNITS, id, () -> jdbc.sql("""
                        select u.id, u.name, u.short_name, u.kind, k.label, u.email, u.verified, u.active
                        from kehoach.org_unit u join kehoach.unit_kind k on k.id = u.kind where u.id = ?""")
                .param(id).query(PlanRegisterQueries::unit).optional());
    }

    /** After the register's units were written in this transaction. */
    void forgetUnits() {
        memo.forget(UNITS);
    }

    /** Reads these units in one query for the rest of the transaction (a chunk of a round's opening). */
    public void preloadUnits(Collection<String> ids) {
        memo.putAll(UNITS, ids, missing -> jdbc.sql("""
                        select u.id, u.name, u.short_name, u.kind, k.label, u.email, u.verified, u.active
                        from kehoach.org_unit u join kehoach.unit_kind k on k.id = u.kind where u.id in (:ids)""")
                .param("ids", missing).query(PlanRegisterQueries::unit).list().stream()
                .collect(Collectors.toMap(Unit::id, Function.identity())));
    }

    public List<Collective> collectives() {
        Map<String, List<String>> members = new HashMap<>();
        jdbc.sql("""
                        select m.collective_id, m.unit_id from kehoach.unit_collective_member m
                        join kehoach.org_unit u on u.id = m.unit_id order by u.sort_order""")
                .query(rs -> {
                    members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("select id, name, verified from kehoach.unit_collective order by sort_order")
                .query((rs, n) -> new Collective(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        members.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    public List<VersionSummary> versions() {
        return jdbc.sql("select " + VERSION_COLUMNS + " from kehoach.plan_version order by plan_code, version_no")
                .query(PlanRegisterQueries::summary).list();
    }

    /**
     * The newest version (highest number), whether or not already effective: the version the next one is
     * made from, so that no decision or accepted file is lost.
     */
    public Optional<Long> newestVersion() {
        return jdbc.sql("select id from kehoach.plan_version order by version_no desc fetch first 1 rows only")
                .query(Long.class).optional();
    }

    /** The version in force on a day: the highest version number already effective. */
    public Optional<Long> versionInForce(LocalDate day) {
        return jdbc.sql("""
                        select id from kehoach.plan_version where effective_from <= ?
                        order by version_no desc fetch first 1 rows only""")
                .param(day).query(Long.class).optional();
    }

    public Optional<Version> version(long id) {
        Optional<Version> head = jdbc.sql("select " + VERSION_COLUMNS + " from kehoach.plan_version where id = ?")
                .param(id)
                .query((rs, n) -> new Version(summary(rs, n), rs.getString("issuer"), rs.getString("issuer_unit"),
                        rs.getString("signer"), Arrays.asList(rs.getString("legal_basis").split("\n")),
                        null, null, null))
                .optional();
        return head.map(v -> new Version(v.summary(), v.issuer(), v.issuerUnit(), v.signer(), v.legalBasis(),
                regime(id), groups(id), items(id, null)));
    }

    /**
     * The unit that receives and consolidates the units' reports (the reporting regime's recipientUnit) in the
     * newest plan version: Chi nhánh NHCSXH tỉnh for Kế hoạch 752.
     */
    public Optional<String> consolidatingUnitId() {
        return jdbc.sql("""
                        select r.recipient_unit from kehoach.plan_reporting_regime r
                        join kehoach.plan_version v on v.id = r.version_id
                        order by v.version_no desc fetch first 1 rows only""")
                .query(String.class).optional();
    }

    /** Items of a version; with a unit id, only the items that unit leads or co-operates on. */
    public List<Item> items(long versionId, String unitId) {
        Map<Long, List<String>> lead = new HashMap<>();
        Map<Long, List<String>> coop = new HashMap<>();
        jdbc.sql("""
                        select iu.item_id, iu.unit_id, iu.role from kehoach.plan_item_unit iu
                        join kehoach.plan_item i on i.id = iu.item_id
                        join kehoach.org_unit u on u.id = iu.unit_id
                        where i.version_id = ? order by u.sort_order""")
                .param(versionId)
                .query(rs -> {
                    var target = "LEAD".equals(rs.getString(3)) ? lead : coop;
                    target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<String>> figures = new HashMap<>();
        jdbc.sql("""
                        select f.item_id, f.figure_key from kehoach.plan_item_figure f
                        join kehoach.plan_item i on i.id = f.item_id
                        join kehoach.plan_figure d on d.version_id = i.version_id and d.figure_key = f.figure_key
                        where i.version_id = ? order by d.sort_order""")
                .param(versionId)
                .query(rs -> {
                    figures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, Item> items = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, stt, group_code, content, lead_text, coop_text, product, timing, note
                        from kehoach.plan_item where version_id = ? order by sort_order""")
                .param(versionId)
                .query(rs -> {
                    long itemId = rs.getLong(1);
                    items.put(itemId, new Item(itemId, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            lead.getOrDefault(itemId, List.of()), coop.getOrDefault(itemId, List.of()),
                            figures.getOrDefault(itemId, List.of())));
                });
        if (unitId == null) {
            return List.copyOf(items.values());
        }
        return items.values().stream()
                .filter(i -> i.leadUnitIds().contains(unitId) || i.coopUnitIds().contains(unitId))
                .toList();
    }

    /** The items one unit leads or co-operates on, in plan order (max: LEAD wins over COOP when it is both). */
    public List<PlanViews.UnitItem> unitItems(long versionId, String unitId) {
        return jdbc.sql("""
                        select i.id, i.stt, i.content, max(iu.role) from kehoach.plan_item i
                        join kehoach.plan_item_unit iu on iu.item_id = i.id
                        where i.version_id = ? and iu.unit_id = ?
                        group by i.id, i.stt, i.content, i.sort_order order by i.sort_order""")
                .params(versionId, unitId)
                .query((rs, n) -> new PlanViews.UnitItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The figures a version declares, in the plan's order. */
    public List<PlanViews.Figure> figures(long versionId) {
        return jdbc.sql("""
                        select figure_key, label, unit_of_measure, decimals, min_value, max_value, asked_of
                        from kehoach.plan_figure where version_id = ? order by sort_order""")
                .param(versionId)
                .query((rs, n) -> new PlanViews.Figure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), split(rs.getString(7))))
                .list();
    }

    /**
     * The figures the plan asks of one unit: those flagged on an item where the unit's role (lead or
     * co-operating) is one the figure is asked of, and those an item asks of the unit by name (figureUnits).
     */
    public List<PlanViews.Figure> figuresAskedOf(long versionId, String unitId) {
        List<String> asked = jdbc.sql("""
                        select distinct f.figure_key from kehoach.plan_item_figure f
                        join kehoach.plan_item i on i.id = f.item_id
                        join kehoach.plan_item_unit iu on iu.item_id = i.id
                        join kehoach.plan_figure d on d.version_id = i.version_id and d.figure_key = f.figure_key
                        where i.version_id = ? and iu.unit_id = ?
                          and (',' || d.asked_of || ',') like ('%,' || iu.role || ',%')
                        union
                        select fu.figure_key from kehoach.plan_item_figure_unit fu
                        join kehoach.plan_item i on i.id = fu.item_id
                        join kehoach.plan_figure d on d.version_id = i.version_id and d.figure_key = fu.figure_key
                        where i.version_id = ? and fu.unit_id = ?""")
                .params(versionId, unitId, versionId, unitId).query(String.class).list();
        return figures(versionId).stream().filter(f -> asked.contains(f.key())).toList();
    }

    /** Per item of a version (by id): the units an item asks a figure of by name (figureUnits), by figure key. */
    public Map<Long, Map<String, List<String>>> itemFigureUnits(long versionId) {
        Map<Long, Map<String, List<String>>> units = new HashMap<>();
        jdbc.sql("""
                        select fu.item_id, fu.figure_key, fu.unit_id from kehoach.plan_item_figure_unit fu
                        join kehoach.plan_item i on i.id = fu.item_id
                        join kehoach.org_unit u on u.id = fu.unit_id
                        where i.version_id = ? order by fu.figure_key, u.sort_order""")
                .param(versionId)
                .query(rs -> {
                    units.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                });
        return units;
    }

    /** The reporting regime of a version without its items (a national register's items are ≈ 54 000 rows). */
    public Optional<Regime> reportingRegime(long versionId) {
        return jdbc.sql("select count(*) from kehoach.plan_version where id = ?").param(versionId).query(Long.class)
                .single() == 0 ? Optional.empty() : Optional.of(regime(versionId));
    }

    private Regime regime(long versionId) {
        return jdbc.sql("""
                        select regime_text, kind, frequency, due_before, recipient_unit, consolidated_to, other_kinds,
                          must_report_kinds, must_report_units, invited_kinds, invited_units
                        from kehoach.plan_reporting_regime where version_id = ?""")
                .param(versionId)
                .query((rs, n) -> new Regime(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), split(rs.getString(6)), split(rs.getString(7)), figures(versionId),
                        new ObligationRule(split(rs.getString(8)), split(rs.getString(9)), split(rs.getString(10)),
                                split(rs.getString(11)))))
                .optional().orElse(null);
    }

    private List<Group> groups(long versionId) {
        return jdbc.sql("select code, title, title_inferred from kehoach.plan_group where version_id = ? order by sort_order")
                .param(versionId)
                .query((rs, n) -> new Group(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }

    private static Unit unit(ResultSet rs, int n) throws SQLException {
        return new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), rs.getBoolean(8));
    }

    private static VersionSummary summary(ResultSet rs, int n) throws SQLException {
        var decisionDate = rs.getDate("decision_date");
        return new VersionSummary(rs.getLong("id"), rs.getString("plan_code"), rs.getInt("version_no"),
                rs.getString("number"), rs.getString("title"), rs.getDate("issued_on").toLocalDate(),
                rs.getDate("effective_from").toLocalDate(), rs.getString("origin"), rs.getString("decision_number"),
                decisionDate == null ? null : decisionDate.toLocalDate(), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
