package vn.dongthap.tdcs.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dongthap.tdcs.plan.PlanRegisterQueries;
import vn.dongthap.tdcs.plan.PlanViews.Unit;

/**
 * Demo accounts (app.demo.users-enabled): canbo-&lt;unit&gt; and lanhdao-&lt;unit&gt; for every unit,
 * plus tonghop (NHCSXH consolidator), ubnd (UBND tỉnh) and quanly (manager). Same password for all.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "app.demo.users-enabled", havingValue = "true")
public class DemoUsers implements ApplicationRunner {

    public static final String CONSOLIDATOR = "tonghop";
    public static final String PROVINCE_OFFICER = "ubnd";
    public static final String MANAGER = "quanly";
    private static final String MAIL_DOMAIN = "@demo.dongthap.example";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final PlanRegisterQueries register;
    private final DemoProperties properties;
    private final OneEngineCommand oneCommand;

    DemoUsers(IdentityService identityService, PlanRegisterQueries register, DemoProperties properties,
              OneEngineCommand oneCommand) {
        this.oneCommand = oneCommand;
        this.identityService = identityService;
        this.register = register;
        this.properties = properties;
    }

    public static String officerOf(String unitId) {
        return "canbo-" + unitId;
    }

    public static String leaderOf(String unitId) {
        return "lanhdao-" + unitId;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.password() == null || properties.password().isBlank()) {
            throw new IllegalStateException("Thiếu mật khẩu cho người dùng mẫu: đặt app.demo.password.");
        }
        Set<String> existing = new HashSet<>();
        identityService.createUserQuery().list().forEach(u -> existing.add(u.getId()));
        int[] made = new int[1];
        // One engine command: the users, their memberships and default authorizations are flushed in batches.
        oneCommand.run(() -> {
            // Loads every group into the command's cache: each membership then finds its group without a query.
            identityService.createGroupQuery().list();
            made[0] = ensureAll(existing);
        });
        if (made[0] > 0) {
            log.info("Đã tạo {} người dùng mẫu (mật khẩu chung xem README.md)", made[0]);
        }
    }

    private int ensureAll(Set<String> existing) {
        int created = 0;
        for (Unit unit : register.units()) {
            if (!unit.active()) {
                continue;
            }
            created += ensure(existing, officerOf(unit.id()), "Cán bộ", unit.shortName(),
                    List.of(UnitGroups.officers(unit.id())));
            created += ensure(existing, leaderOf(unit.id()), "Lãnh đạo", unit.shortName(),
                    List.of(UnitGroups.leaders(unit.id())));
        }
        created += ensure(existing, CONSOLIDATOR, "Cán bộ tổng hợp", "Chi nhánh NHCSXH tỉnh",
                List.of(UnitGroups.CONSOLIDATORS, UnitGroups.officers(register.consolidatingUnitId().orElseThrow())));
        created += ensure(existing, PROVINCE_OFFICER, "Chuyên viên", "Văn phòng UBND tỉnh",
                List.of(UnitGroups.PROVINCE, UnitGroups.officers("ubnd-tinh")));
        created += ensure(existing, MANAGER, "Cán bộ quản lý", "theo dõi kế hoạch", List.of(UnitGroups.MANAGERS));
        return created;
    }

    private int ensure(Set<String> existing, String userId, String firstName, String lastName, List<String> groups) {
        if (existing.contains(userId)) {
            return 0;
        }
        User user = identityService.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(userId + MAIL_DOMAIN);
        user.setPassword(properties.password());
        identityService.saveUser(user);
        groups.forEach(groupId -> identityService.createMembership(userId, groupId));
        return 1;
    }
}
