package vn.dongthap.tdcs.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dongthap.tdcs.PostgresIntegrationTest;

/**
 * Failed logins are refused per (account, source address) on all three login routes, never lock the account
 * itself, and an administrator can lift a lock. Requests come from two loopback addresses: A and B.
 * In the test profile a lock lasts 10 minutes, longer than any test here; LoginThrottleTest covers how locks end.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleIT {

    private static final String A = "127.0.0.1";
    private static final String B = "127.0.0.2";
    private static final String PASSWORD = "Dung-Mat-Khau-752";
    private static final String WRONG = "Sai-Mat-Khau-9";
    private static final String THROTTLED_MESSAGE = "Đăng nhập sai quá nhiều lần";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${camunda.bpm.admin-user.id}")
    String adminId;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    /** Dedicated accounts, so that no shared demo account is ever locked for other tests. */
    final List<String> users = new ArrayList<>();
    String user;
    HttpFromAddress fromA;
    HttpFromAddress fromB;

    @BeforeEach
    void setUp() {
        user = newUser();
        fromA = new HttpFromAddress(A, port);
        fromB = new HttpFromAddress(B, port);
    }

    @AfterEach
    void removeUsers() {
        users.forEach(id -> {
            throttle.unlock(id);
            identityService.deleteUser(id);
        });
    }

    @Test
    void camundaItselfNeverLocksAnAccountHoweverManyPasswordsAreWrong() {
        for (int i = 0; i < 30; i++) {
            assertThat(identityService.checkPassword(user, WRONG)).isFalse();
        }
        assertThat(identityService.checkPassword(user, PASSWORD))
                .as("Camunda's own lock (a delay from the first failure, permanent after 10) is switched off")
                .isTrue();
    }

    @Test
    void engineRestRefusesTheAttackingAddressOnlyAndWithoutCheckingThePassword() throws IOException {
        failFiveTimes(() -> fromA.basic("GET", "/engine-rest/task/count", user, WRONG));

        var locked = fromA.basic("GET", "/engine-rest/task/count", user, WRONG);
        assertThrottled(locked);
        assertThat(Integer.parseInt(locked.header("Retry-After").orElseThrow())).as("seconds left of 10 minutes")
                .isBetween(590, 600);
        assertThat(fromA.basic("GET", "/engine-rest/task/count", user, PASSWORD).status())
                .as("the right password is refused too while the address is locked").isEqualTo(429);
        assertThat(camundaFailedAttempts()).as("refused requests never reach the password check").isEqualTo(5);

        assertThat(fromB.basic("GET", "/engine-rest/task/count", user, PASSWORD).status()).isEqualTo(200);
        assertThat(fromA.basic("GET", "/engine-rest/task/count", user, PASSWORD).status())
                .as("a success from B does not unlock A").isEqualTo(429);
    }

    @Test
    void thirtyWrongPasswordsLockOnlyThatAddressForAWhileAndAreLoggedOnce(CapturedOutput output) throws IOException {
        failFiveTimes(() -> fromA.basic("GET", "/api/units", user, WRONG));
        for (int i = 5; i < 30; i++) {
            assertThrottled(fromA.basic("GET", "/api/units", user, WRONG));
        }

        assertThat(fromB.basic("GET", "/api/units", user, PASSWORD).status()).isEqualTo(200);
        assertThat(identityService.checkPassword(user, PASSWORD)).as("the account itself is not locked").isTrue();
        assertThat(throttle.currentLocks()).filteredOn(lock -> lock.userId().equals(user))
                .singleElement().satisfies(lock -> {
                    assertThat(lock.source()).isEqualTo(A);
                    assertThat(lock.lockedUntil()).as("the test profile's initial delay, not for good")
                            .isBetween(Instant.now().plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(10)));
                });

        String lockLine = "Tạm khóa đăng nhập tài khoản \"" + user + "\" từ địa chỉ " + A + " đến ";
        assertThat(output.getOut().split(Pattern.quote(lockLine), -1)).as("one WARN per lock, not per refusal")
                .hasSize(2);
        assertThat(output.getOut()).doesNotContain(WRONG).doesNotContain(PASSWORD);
    }

    @Test
    void theWebappLoginFormIsThrottledWithAMessageTheLoginPageShows() throws IOException {
        failFiveTimes(() -> fromA.webappLogin(user, WRONG));

        var locked = fromA.webappLogin(user, PASSWORD);
        assertThrottled(locked);
        assertThat(locked.body()).contains("\"message\":\"" + THROTTLED_MESSAGE);
        // Camunda's login resource also takes the form from the query string when the body is empty.
        assertThat(fromA.webappPost("/camunda/api/admin/auth/user/default/login/tasklist?username=" + user
                + "&password=" + PASSWORD, "").status()).isEqualTo(429);

        assertThat(fromB.webappLogin(user, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorListsAndLiftsLocksOthersCannot() throws IOException {
        String colleague = newUser();
        failFiveTimes(() -> fromA.basic("GET", "/engine-rest/task/count", user, WRONG));

        var list = fromB.basic("GET", "/api/admin/login-locks", adminId, adminPassword);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"userId\":\"" + user + "\",\"source\":\"" + A + "\",\"failures\":5");

        var notAdmin = fromB.basic("GET", "/api/admin/login-locks", colleague, PASSWORD);
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(notAdmin.body()).contains("Chỉ quản trị viên mới xem và mở khóa đăng nhập được.");
        assertThat(fromB.basic("DELETE", "/api/admin/login-locks/" + user, colleague, PASSWORD,
                Map.of("X-Requested-With", "test")).status()).isEqualTo(403);
        assertThat(fromA.basic("GET", "/engine-rest/task/count", user, PASSWORD).status()).isEqualTo(429);

        var unlocked = fromB.basic("DELETE", "/api/admin/login-locks/" + user, adminId, adminPassword,
                Map.of("X-Requested-With", "test"));
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        assertThat(unlocked.body()).contains("\"unlockedAddresses\":1");
        assertThat(fromA.basic("GET", "/engine-rest/task/count", user, PASSWORD).status()).isEqualTo(200);

        var unknown = fromB.basic("DELETE", "/api/admin/login-locks/khong-co-ai", adminId, adminPassword,
                Map.of("X-Requested-With", "test"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không có tài khoản");
    }

    @Test
    void unlockingAlsoClearsALockCamundaLeftInTheDatabase() throws IOException {
        // What Camunda's former setting left behind: attempts at its maximum, locked for a long time.
        jdbc.update("update act_id_user set attempts_ = 10, lock_exp_time_ = now() + interval '1 day' where id_ = ?",
                user);
        assertThat(identityService.checkPassword(user, PASSWORD)).isFalse();

        var unlocked = fromB.basic("DELETE", "/api/admin/login-locks/" + user, adminId, adminPassword,
                Map.of("X-Requested-With", "test"));
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        assertThat(identityService.checkPassword(user, PASSWORD)).isTrue();
    }

    @Test
    void camundasOwnUnlockInTheAdminWebappAndEngineRestLiftsTheThrottleToo() throws IOException {
        failFiveTimes(() -> fromA.basic("GET", "/engine-rest/task/count", user, WRONG));
        assertThat(fromA.basic("GET", "/engine-rest/task/count", user, PASSWORD).status()).isEqualTo(429);

        // What Admin → Người dùng → Mở khóa sends.
        var adminBrowser = fromB.webappSession(adminId, adminPassword);
        var unlocked = fromB.send("POST", "/camunda/api/engine/engine/default/user/" + user + "/unlock", adminBrowser, "");
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(204);
        assertThat(fromA.basic("GET", "/engine-rest/task/count", user, PASSWORD).status()).isEqualTo(200);

        failFiveTimes(() -> fromA.basic("GET", "/engine-rest/task/count", user, WRONG));
        assertThat(fromB.basic("POST", "/engine-rest/user/" + user + "/unlock", adminId, adminPassword).status())
                .isEqualTo(204);
        assertThat(fromA.basic("GET", "/engine-rest/task/count", user, PASSWORD).status()).isEqualTo(200);
    }

    private interface Attempt {
        HttpFromAddress.Response send() throws IOException;
    }

    private void failFiveTimes(Attempt attempt) throws IOException {
        for (int i = 0; i < 5; i++) {
            var response = attempt.send();
            assertThat(response.status()).as(response.body()).isEqualTo(401);
        }
    }

    private void assertThrottled(HttpFromAddress.Response response) {
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.header("Retry-After")).isPresent();
        assertThat(response.body()).contains(THROTTLED_MESSAGE, "Vui lòng thử lại sau");
    }

    private Integer camundaFailedAttempts() {
        return jdbc.queryForObject("select attempts_ from act_id_user where id_ = ?", Integer.class, user);
    }

    private String newUser() {
        String id = "thu-dang-nhap-" + UUID.randomUUID().toString().substring(0, 8);
        User created = identityService.newUser(id);
        created.setFirstName("Thử");
        created.setLastName("Đăng nhập");
        created.setPassword(PASSWORD);
        identityService.saveUser(created);
        users.add(id);
        return id;
    }
}
