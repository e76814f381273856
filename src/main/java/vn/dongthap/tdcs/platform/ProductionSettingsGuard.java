package vn.dongthap.tdcs.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the "prod" profile on demo settings: an H2 database, a missing or demo admin
 * password, or demo users. Runs before any bean exists, so nothing touches a database.
 */
public class ProductionSettingsGuard implements EnvironmentPostProcessor, Ordered {

    static final String PRODUCTION_PROFILE = "prod";
    private static final int MIN_PASSWORD_LENGTH = 12;
    private static final Set<String> KNOWN_WEAK = Set.of("demo", "admin", "demo@752", "password", "camunda", "123456");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!Arrays.asList(env.getActiveProfiles()).contains(PRODUCTION_PROFILE)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (Arrays.asList(env.getActiveProfiles()).contains("demo")) {
            problems.add("Hồ sơ cấu hình \"demo\" không được bật cùng \"prod\".");
        }
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            problems.add("Chưa khai báo cơ sở dữ liệu: đặt SPRING_DATASOURCE_URL (PostgreSQL), SPRING_DATASOURCE_USERNAME, "
                    + "SPRING_DATASOURCE_PASSWORD.");
        } else if (url.startsWith("jdbc:h2:")) {
            problems.add("Chế độ vận hành không dùng cơ sở dữ liệu H2 (" + url + "): đặt SPRING_DATASOURCE_URL trỏ tới PostgreSQL.");
        }
        String adminId = env.getProperty("camunda.bpm.admin-user.id", "");
        String adminPassword = env.getProperty("camunda.bpm.admin-user.password", "");
        if (adminId.isBlank()) {
            problems.add("Chưa khai báo tài khoản quản trị: đặt CAMUNDA_BPM_ADMINUSER_ID.");
        }
        if (adminPassword.isBlank()) {
            problems.add("Chưa khai báo mật khẩu quản trị: đặt CAMUNDA_BPM_ADMINUSER_PASSWORD.");
        } else if (adminPassword.length() < MIN_PASSWORD_LENGTH || KNOWN_WEAK.contains(adminPassword.toLowerCase())
                || adminPassword.equalsIgnoreCase(adminId)) {
            problems.add("Mật khẩu quản trị quá yếu hoặc là mật khẩu mặc định: cần ít nhất " + MIN_PASSWORD_LENGTH
                    + " ký tự và khác tên đăng nhập.");
        }
        if (env.getProperty("app.demo.users-enabled", Boolean.class, false)) {
            problems.add("Không được tạo người dùng mẫu ở chế độ vận hành: đặt APP_DEMO_USERSENABLED=false.");
        }
        if (!problems.isEmpty()) {
            throw new UnsafeProductionSettingsException(problems);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
