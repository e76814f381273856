package vn.dongthap.tdcs.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_INSTANCE;
import static vn.dongthap.tdcs.identity.AuthorizationGrants.ANY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews.Unit;
import vn.dongthap.tdcs.platform.ProcessKeys;

/**
 * Derives Camunda groups, authorizations and Tasklist filters from the unit register. Runs after the
 * register is loaded; running it again changes nothing unless the units changed.
 */
@Component
@Order(20)
public class IdentitySynchronizer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentitySynchronizer.class);
    static final String ADMINISTRATORS_NAME = "Quản trị hệ thống";

    private final IdentityService identityService;
    private final PlanRegisterQueries register;
    private final AuthorizationGrants grants;
    private final TasklistFilters filters;
    private final OneEngineCommand oneCommand;

    IdentitySynchronizer(IdentityService identityService, PlanRegisterQueries register, AuthorizationGrants grants,
                         TasklistFilters filters, OneEngineCommand oneCommand) {
        this.oneCommand = oneCommand;
        this.identityService = identityService;
        this.register = register;
        this.grants = grants;
        this.filters = filters;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        synchronize();
    }

    /** One transaction: a failure halfway leaves no half-made groups behind. */
    @Transactional
    public void synchronize() {
        long started = System.nanoTime();
        // Read the groups once, compare in memory, write the new and changed ones in one engine command.
        Map<String, Group> existing = new HashMap<>();
        identityService.createGroupQuery().list().forEach(g -> existing.put(g.getId(), g));
        List<Unit> units = register.units().stream().filter(Unit::active).toList();
        List<Group> changed = new ArrayList<>();
        for (Unit unit : units) {
            changed(existing, UnitGroups.officers(unit.id()), "Cán bộ – " + unit.shortName(), UnitGroups.UNIT_GROUP_TYPE)
                    .ifPresent(changed::add);
            changed(existing, UnitGroups.leaders(unit.id()), "Lãnh đạo – " + unit.shortName(), UnitGroups.UNIT_GROUP_TYPE)
                    .ifPresent(changed::add);
        }
        changed(existing, UnitGroups.CONSOLIDATORS, "Tổng hợp – Chi nhánh NHCSXH tỉnh", UnitGroups.ROLE_GROUP_TYPE)
                .ifPresent(changed::add);
        changed(existing, UnitGroups.PROVINCE, "Xử lý – UBND tỉnh", UnitGroups.ROLE_GROUP_TYPE).ifPresent(changed::add);
        changed(existing, UnitGroups.MANAGERS, "Quản lý, theo dõi", UnitGroups.ROLE_GROUP_TYPE).ifPresent(changed::add);
        // Camunda makes its administrators' group as "camunda BPM Administrators": Admin shows that name to people.
        Group administrators = existing.get(Groups.CAMUNDA_ADMIN);
        if (administrators != null) {
            changed(existing, Groups.CAMUNDA_ADMIN, ADMINISTRATORS_NAME, administrators.getType()).ifPresent(changed::add);
        }
        oneCommand.run(() -> changed.forEach(identityService::saveGroup));

        // Everyone works in Tasklist and may see process names; tasks themselves stay per unit
        // (the engine grants each task to its candidate group when the task is created).
        grants.grantEveryone(Resources.APPLICATION, "tasklist", ACCESS);
        grants.grantEveryone(Resources.PROCESS_DEFINITION, ANY, READ);

        for (String watcher : List.of(UnitGroups.MANAGERS, UnitGroups.CONSOLIDATORS)) {
            grantReadEverything(watcher);
        }
        // Who may open rounds from Tasklist ("Khởi tạo quy trình"). Nothing more: returning or closing a
        // report, joining a batch and telling a proposal its outcome are correlations made by the
        // application's delegates, which run without the engine's authorization checks.
        grants.grantGroup(UnitGroups.CONSOLIDATORS, Resources.PROCESS_DEFINITION, ProcessKeys.ANNUAL_REPORT_CYCLE, CREATE_INSTANCE);
        grants.grantGroup(UnitGroups.CONSOLIDATORS, Resources.PROCESS_DEFINITION, ProcessKeys.ADHOC_REPORT_REQUEST, CREATE_INSTANCE);
        grants.grantGroup(UnitGroups.PROVINCE, Resources.PROCESS_DEFINITION, ProcessKeys.ADHOC_REPORT_REQUEST, CREATE_INSTANCE);
        // Any unit's officer may propose an amendment (plan III.5).
        grants.grantEveryone(Resources.PROCESS_INSTANCE, ANY, CREATE);
        grants.grantEveryone(Resources.PROCESS_DEFINITION, ProcessKeys.AMENDMENT_REQUEST, CREATE_INSTANCE);
        // Its officers and leaders may withdraw a unit's proposal before UBND tỉnh decides; the withdrawal's delegate
        // checks the unit from the proposal's row and the user's groups (anyone else is refused there).
        grants.grantEveryone(Resources.PROCESS_DEFINITION, ProcessKeys.AMENDMENT_WITHDRAWAL, CREATE_INSTANCE);
        // Any unit's officer may report a difficulty on its own (plan III.1); the unit comes from the officer's group.
        grants.grantEveryone(Resources.PROCESS_DEFINITION, ProcessKeys.DIFFICULTY_REPORT, CREATE_INSTANCE);
        revokeEarlierGrants();
        grants.narrowTaskGrantsToWork();

        filters.synchronize();
        log.info("Đã đồng bộ nhóm và phân quyền cho {} đơn vị ({} nhóm mới hoặc đổi tên) trong {} ms", units.size(),
                changed.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Grants that earlier versions gave and the roles' work does not need: with UPDATE_INSTANCE a
     * consolidator could write variables into a unit's report or jump it to "submitted", and UBND
     * tỉnh could correlate a decision message by hand and leave its batch stuck.
     */
    private void revokeEarlierGrants() {
        grants.revokeGroup(UnitGroups.CONSOLIDATORS, Resources.PROCESS_DEFINITION, ProcessKeys.UNIT_REPORT, UPDATE_INSTANCE);
        grants.revokeGroup(UnitGroups.CONSOLIDATORS, Resources.PROCESS_DEFINITION, ProcessKeys.AMENDMENT_CONSOLIDATION,
                CREATE_INSTANCE, UPDATE_INSTANCE);
        grants.revokeGroup(UnitGroups.PROVINCE, Resources.PROCESS_DEFINITION, ProcessKeys.AMENDMENT_REQUEST, UPDATE_INSTANCE);
        grants.revokeGroup(UnitGroups.CONSOLIDATORS, Resources.PROCESS_INSTANCE, ANY, CREATE);
        grants.revokeGroup(UnitGroups.PROVINCE, Resources.PROCESS_INSTANCE, ANY, CREATE);
    }

    /** Cockpit and history, read-only: no UPDATE or TASK_WORK on tasks of other units. */
    private void grantReadEverything(String groupId) {
        grants.grantGroup(groupId, Resources.APPLICATION, "cockpit", ACCESS);
        grants.grantGroup(groupId, Resources.PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
        grants.grantGroup(groupId, Resources.PROCESS_INSTANCE, ANY, READ);
        grants.grantGroup(groupId, Resources.TASK, ANY, READ);
        grants.grantGroup(groupId, Resources.DEPLOYMENT, ANY, READ);
        grants.grantGroup(groupId, Resources.DECISION_DEFINITION, ANY, READ, READ_HISTORY);
        grants.grantGroup(groupId, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
        grants.grantGroup(groupId, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    }

    /** The group to save if it is missing or differs, else empty. */
    private Optional<Group> changed(Map<String, Group> existing, String id, String name, String type) {
        Group group = existing.get(id);
        if (group != null && name.equals(group.getName()) && type.equals(group.getType())) {
            return Optional.empty();
        }
        if (group == null) {
            group = identityService.newGroup(id);
            existing.put(id, group);
        }
        group.setName(name);
        group.setType(type);
        return Optional.of(group);
    }
}
