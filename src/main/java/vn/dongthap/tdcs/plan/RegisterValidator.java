package vn.dongthap.tdcs.plan;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dongthap.tdcs.plan.ValidatedRegister.Role;

/** Checks the units and plan files together; collects every problem before refusing. */
final class RegisterValidator {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A figure's key is the report form's field key. */
    private static final Pattern FIGURE_KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,59}");
    private static final Set<String> FIGURE_ROLES = Set.of("lead", "coop");
    private static final int MAX_DECIMALS = 4;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");

    private final String unitsName;
    private final String planName;
    private final List<String> problems = new ArrayList<>();

    private RegisterValidator(String unitsName, String planName) {
        this.unitsName = unitsName;
        this.planName = planName;
    }

    static ValidatedRegister validate(UnitsFile units, String unitsName, PlanFile plan, String planName) {
        return new RegisterValidator(unitsName, planName).run(units, plan);
    }

    private ValidatedRegister run(UnitsFile units, PlanFile plan) {
        Map<String, List<String>> members = checkUnits(units);
        Map<String, Map<Role, LinkedHashMap<String, String>>> resolved = checkPlan(plan, units, members);
        if (!problems.isEmpty()) {
            throw new PlanDataException(problems);
        }
        return new ValidatedRegister(units, plan, resolved);
    }

    /** Returns, for each unit id and collective id, the unit ids it stands for. */
    private Map<String, List<String>> checkUnits(UnitsFile file) {
        Set<String> kinds = new HashSet<>();
        for (var kind : list(file.kinds(), unitsName, "kinds")) {
            String entry = "loại đơn vị \"" + kind.id() + "\"";
            if (requireId(unitsName, "kinds", kind.id()) && !kinds.add(kind.id())) {
                problem(unitsName, entry, "mã loại bị trùng");
            }
            requireText(unitsName, entry, "label", kind.label());
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, List<String>> unitsByKind = new HashMap<>();
        for (var unit : list(file.units(), unitsName, "units")) {
            if (!requireId(unitsName, "units", unit.id())) {
                continue;
            }
            String entry = "đơn vị \"" + unit.id() + "\"";
            if (members.putIfAbsent(unit.id(), List.of(unit.id())) != null) {
                problem(unitsName, entry, "mã đơn vị bị trùng");
            }
            requireText(unitsName, entry, "name", unit.name());
            requireText(unitsName, entry, "shortName", unit.shortName());
            if (requireText(unitsName, entry, "kind", unit.kind())) {
                if (!kinds.contains(unit.kind())) {
                    problem(unitsName, entry, "loại \"" + unit.kind() + "\" không có trong danh sách kinds");
                }
                unitsByKind.computeIfAbsent(unit.kind(), k -> new ArrayList<>()).add(unit.id());
            }
            if (unit.email() != null && !unit.email().isBlank() && !EMAIL.matcher(unit.email()).matches()) {
                problem(unitsName, entry, "địa chỉ thư điện tử \"" + unit.email() + "\" không hợp lệ");
            }
            if (unit.verified() == null) {
                problem(unitsName, entry, "thiếu trường \"verified\" (true/false)");
            }
        }
        for (var collective : list(file.collectives(), unitsName, "collectives")) {
            if (!requireId(unitsName, "collectives", collective.id())) {
                continue;
            }
            String entry = "nhóm đơn vị \"" + collective.id() + "\"";
            requireText(unitsName, entry, "name", collective.name());
            List<String> resolved = new ArrayList<>();
            for (String kind : orEmpty(collective.kinds())) {
                if (!kinds.contains(kind)) {
                    problem(unitsName, entry, "loại \"" + kind + "\" không có trong danh sách kinds");
                }
                resolved.addAll(unitsByKind.getOrDefault(kind, List.of()));
            }
            for (String unitId : orEmpty(collective.units())) {
                List<String> unit = members.get(unitId);
                if (unit == null || unit.size() != 1 || !unit.get(0).equals(unitId)) {
                    problem(unitsName, entry, "đơn vị \"" + unitId + "\" không có trong danh sách units");
                } else if (!resolved.contains(unitId)) {
                    resolved.add(unitId);
                }
            }
            if (resolved.isEmpty()) {
                problem(unitsName, entry, "nhóm không có đơn vị nào");
            }
            if (collective.verified() == null) {
                problem(unitsName, entry, "thiếu trường \"verified\" (true/false)");
            }
            if (members.putIfAbsent(collective.id(), resolved) != null) {
                problem(unitsName, entry, "mã trùng với một đơn vị hoặc nhóm khác");
            }
        }
        return members;
    }

    private Map<String, Map<Role, LinkedHashMap<String, String>>> checkPlan(PlanFile plan, UnitsFile unitsFile,
                                                                           Map<String, List<String>> members) {
        Set<String> unitIds = new HashSet<>();
        orEmpty(unitsFile.units()).forEach(u -> unitIds.add(u.id()));
        Map<String, Map<Role, LinkedHashMap<String, String>>> resolved = new LinkedHashMap<>();

        var header = plan.plan();
        if (header == null) {
            problem(planName, "phần plan", "thiếu thông tin chung của kế hoạch");
        } else {
            String entry = "phần plan";
            if (requireText(planName, entry, "code", header.code()) && !header.code().matches("[A-Za-z0-9-]+")) {
                problem(planName, entry, "mã kế hoạch \"" + header.code() + "\" chỉ được gồm chữ không dấu, số và dấu gạch ngang");
            }
            requireText(planName, entry, "number", header.number());
            requireText(planName, entry, "title", header.title());
            requireText(planName, entry, "issuer", header.issuer());
            requirePresent(planName, entry, "issuedOn", header.issuedOn());
            requirePresent(planName, entry, "effectiveFrom", header.effectiveFrom());
            if (header.issuedOn() != null && header.effectiveFrom() != null
                    && header.effectiveFrom().isBefore(header.issuedOn())) {
                problem(planName, entry, "ngày hiệu lực (effectiveFrom) trước ngày ban hành (issuedOn)");
            }
            if (requireText(planName, entry, "issuerUnit", header.issuerUnit()) && !unitIds.contains(header.issuerUnit())) {
                problem(planName, entry, "cơ quan ban hành \"" + header.issuerUnit() + "\" không có trong " + unitsName);
            }
            if (orEmpty(header.legalBasis()).isEmpty()) {
                problem(planName, entry, "thiếu căn cứ ban hành (legalBasis)");
            }
        }

        Set<String> groups = new HashSet<>();
        for (var group : list(plan.groups(), planName, "groups")) {
            String entry = "nhóm nhiệm vụ \"" + group.code() + "\"";
            if (requireText(planName, "groups", "code", group.code()) && !groups.add(group.code())) {
                problem(planName, entry, "mã nhóm bị trùng");
            }
            requireText(planName, entry, "title", group.title());
        }

        Set<String> figures = checkFigures(plan.reportingRegime());
        for (var item : list(plan.items(), planName, "items")) {
            if (!requireText(planName, "items", "stt", item.stt())) {
                continue;
            }
            String entry = "nhiệm vụ STT " + item.stt();
            if (resolved.containsKey(item.stt())) {
                problem(planName, entry, "STT bị trùng");
                continue;
            }
            if (requireText(planName, entry, "group", item.group()) && !groups.contains(item.group())) {
                problem(planName, entry, "nhóm \"" + item.group() + "\" không có trong danh sách groups");
            }
            requireText(planName, entry, "content", item.content());
            requireText(planName, entry, "leadText", item.leadText());
            requirePresent(planName, entry, "coopText", item.coopText());
            requirePresent(planName, entry, "product", item.product());
            requireText(planName, entry, "timing", item.timing());
            if (orEmpty(item.lead()).isEmpty()) {
                problem(planName, entry, "thiếu đơn vị chủ trì (lead)");
            }
            Map<Role, LinkedHashMap<String, String>> byRole = new EnumMap<>(Role.class);
            byRole.put(Role.LEAD, resolve(item.lead(), members, entry, "chủ trì"));
            byRole.put(Role.COOP, resolve(item.coop(), members, entry, "phối hợp"));
            Set<String> asked = new HashSet<>();
            for (String figure : orEmpty(item.figures())) {
                if (!asked.add(figure)) {
                    problem(planName, entry, "số liệu \"" + figure + "\" ghi hai lần");
                } else if (!figures.contains(figure)) {
                    problem(planName, entry, "số liệu \"" + figure
                            + "\" không có trong danh sách số liệu của chế độ báo cáo (reportingRegime.figures)");
                }
            }
            if (item.figureUnits() != null) {
                item.figureUnits().forEach((figure, named) -> {
                    if (!orEmpty(item.figures()).contains(figure)) {
                        problem(planName, entry, "figureUnits ghi số liệu \"" + figure
                                + "\" mà nhiệm vụ không hỏi (thêm vào figures của nhiệm vụ)");
                    }
                    for (String unitId : orEmpty(named)) {
                        if (!members.containsKey(unitId) || !members.get(unitId).equals(List.of(unitId))) {
                            problem(planName, entry, "figureUnits: \"" + unitId + "\" không phải một đơn vị trong "
                                    + unitsName);
                        }
                    }
                });
            }
            resolved.put(item.stt(), byRole);
        }

        var regime = plan.reportingRegime();
        if (regime == null) {
            problem(planName, "phần reportingRegime", "thiếu chế độ báo cáo");
        } else {
            String entry = "chế độ báo cáo";
            requireText(planName, entry, "text", regime.text());
            requireText(planName, entry, "kind", regime.kind());
            requireText(planName, entry, "frequency", regime.frequency());
            if (requireText(planName, entry, "dueBefore", regime.dueBefore())) {
                checkMonthDay(entry, regime.dueBefore());
            }
            if (requireText(planName, entry, "recipientUnit", regime.recipientUnit())
                    && !unitIds.contains(regime.recipientUnit())) {
                problem(planName, entry, "đơn vị nhận báo cáo \"" + regime.recipientUnit() + "\" không có trong " + unitsName);
            }
            if (orEmpty(regime.consolidatedTo()).isEmpty()) {
                problem(planName, entry, "thiếu nơi nhận báo cáo tổng hợp (consolidatedTo)");
            }
            for (String unitId : orEmpty(regime.consolidatedTo())) {
                if (!unitIds.contains(unitId)) {
                    problem(planName, entry, "nơi nhận báo cáo tổng hợp \"" + unitId + "\" không có trong " + unitsName);
                }
            }
            checkObligation(regime.obligation(), unitIds, kindIds(unitsFile));
        }
        return resolved;
    }

    /** reportingRegime.obligation: who must report (III.1) and who is only invited (III.3), by kind or unit id. */
    private void checkObligation(ObligationRule rule, Set<String> unitIds, Set<String> kindIds) {
        String entry = "chế độ báo cáo, phần obligation";
        if (rule == null) {
            problem(planName, entry, "thiếu danh sách đơn vị bắt buộc báo cáo và đơn vị được đề nghị (obligation)");
            return;
        }
        if (rule.mustReportKinds().isEmpty() && rule.mustReportUnits().isEmpty()) {
            problem(planName, entry, "chưa có loại đơn vị hay đơn vị nào bắt buộc báo cáo (mustReportKinds, mustReportUnits)");
        }
        for (String kind : concat(rule.mustReportKinds(), rule.invitedKinds())) {
            if (!kindIds.contains(kind)) {
                problem(planName, entry, "loại đơn vị \"" + kind + "\" không có trong danh sách kinds của " + unitsName);
            }
        }
        for (String unitId : concat(rule.mustReportUnits(), rule.invitedUnits())) {
            if (!unitIds.contains(unitId)) {
                problem(planName, entry, "đơn vị \"" + unitId + "\" không có trong " + unitsName);
            }
        }
        rule.mustReportKinds().stream().filter(rule.invitedKinds()::contains).forEach(kind -> problem(planName, entry,
                "loại đơn vị \"" + kind + "\" vừa bắt buộc vừa chỉ được đề nghị"));
        rule.mustReportUnits().stream().filter(rule.invitedUnits()::contains).forEach(unitId -> problem(planName, entry,
                "đơn vị \"" + unitId + "\" vừa bắt buộc vừa chỉ được đề nghị"));
    }

    private static Set<String> kindIds(UnitsFile file) {
        Set<String> ids = new HashSet<>();
        orEmpty(file.kinds()).forEach(k -> ids.add(k.id()));
        return ids;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Returns the keys of the figures the reporting regime declares. */
    private Set<String> checkFigures(PlanFile.Regime regime) {
        Set<String> keys = new HashSet<>();
        if (regime == null) {
            return keys;
        }
        for (var figure : orEmpty(regime.figures())) {
            if (figure == null || !requireText(planName, "số liệu báo cáo (reportingRegime.figures)", "key", figure.key())) {
                continue;
            }
            String entry = "số liệu báo cáo \"" + figure.key() + "\"";
            if (!FIGURE_KEY.matcher(figure.key()).matches()) {
                problem(planName, entry, "mã số liệu phải bắt đầu bằng chữ thường và chỉ gồm chữ không dấu, số (ví dụ soHoDuocVay)");
            }
            if (!keys.add(figure.key())) {
                problem(planName, entry, "mã số liệu bị trùng");
            }
            requireText(planName, entry, "label", figure.label());
            requireText(planName, entry, "unit", figure.unit());
            requirePresent(planName, entry, "decimals", figure.decimals());
            if (figure.decimals() != null && (figure.decimals() < 0 || figure.decimals() > MAX_DECIMALS)) {
                problem(planName, entry, "số chữ số thập phân (decimals) phải từ 0 đến " + MAX_DECIMALS);
            }
            requirePresent(planName, entry, "min", figure.min());
            requirePresent(planName, entry, "max", figure.max());
            if (figure.min() != null && figure.max() != null && figure.min().compareTo(figure.max()) > 0) {
                problem(planName, entry, "giá trị nhỏ nhất (min) lớn hơn giá trị lớn nhất (max)");
            }
            if (orEmpty(figure.askedOf()).isEmpty()) {
                problem(planName, entry, "thiếu vai trò đơn vị phải báo cáo (askedOf: lead, coop)");
            }
            for (String role : orEmpty(figure.askedOf())) {
                if (!FIGURE_ROLES.contains(role)) {
                    problem(planName, entry, "vai trò \"" + role + "\" không hợp lệ; askedOf chỉ gồm lead (chủ trì), coop (phối hợp)");
                }
            }
        }
        return keys;
    }

    private LinkedHashMap<String, String> resolve(List<String> refs, Map<String, List<String>> members,
                                                  String entry, String role) {
        LinkedHashMap<String, String> units = new LinkedHashMap<>();
        for (String ref : orEmpty(refs)) {
            List<String> unitIds = members.get(ref);
            if (unitIds == null) {
                problem(planName, entry, "đơn vị " + role + " \"" + ref + "\" không có trong " + unitsName);
                continue;
            }
            String via = unitIds.size() == 1 && unitIds.get(0).equals(ref) ? null : ref;
            unitIds.forEach(unitId -> units.putIfAbsent(unitId, via));
        }
        return units;
    }

    private void checkMonthDay(String entry, String value) {
        if (MONTH_DAY.matcher(value).matches()) {
            try {
                MonthDay.of(Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(3)));
                return;
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problem(planName, entry, "hạn \"" + value + "\" phải có dạng MM-dd (ví dụ 10-05 cho ngày 05/10)");
    }

    private <T> List<T> list(List<T> values, String file, String field) {
        if (values == null || values.isEmpty()) {
            problem(file, "danh sách " + field, "thiếu hoặc rỗng");
            return List.of();
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) { // List.of(...).contains(null) would throw
            problem(file, "danh sách " + field, "có mục rỗng");
            return values.stream().filter(v -> v != null).toList();
        }
        return values;
    }

    private boolean requireId(String file, String listName, String id) {
        if (id == null || id.isBlank()) {
            problem(file, "danh sách " + listName, "có mục thiếu mã (id)");
            return false;
        }
        if (!ID.matcher(id).matches()) {
            problem(file, "mã \"" + id + "\" trong " + listName, "mã chỉ được gồm chữ thường không dấu, số và dấu gạch ngang");
            return false;
        }
        return true;
    }

    private boolean requireText(String file, String entry, String field, String value) {
        if (value == null || value.isBlank()) {
            problem(file, entry, "thiếu trường bắt buộc \"" + field + "\"");
            return false;
        }
        return true;
    }

    private void requirePresent(String file, String entry, String field, Object value) {
        if (value == null) {
            problem(file, entry, "thiếu trường bắt buộc \"" + field + "\"");
        }
    }

    private void problem(String file, String entry, String what) {
        problems.add("Tệp " + file + ", " + entry + ": " + what + ".");
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
