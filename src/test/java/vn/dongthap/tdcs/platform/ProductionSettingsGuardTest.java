package vn.dongthap.tdcs.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.dongthap.tdcs.Application;

/** Production mode refuses demo settings before anything connects to a database. */
class ProductionSettingsGuardTest {

    private static final String POSTGRES = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/kehoach_prod";

    @Test
    void refusesToStartWithoutAnAdminPassword() {
        assertThatThrownBy(() -> start(POSTGRES, "--camunda.bpm.admin-user.id=quantri"))
                .isInstanceOf(UnsafeProductionSettingsException.class)
                .hasMessageContaining("Không khởi động ở chế độ vận hành (prod)")
                .hasMessageContaining("Chưa khai báo mật khẩu quản trị: đặt CAMUNDA_BPM_ADMINUSER_PASSWORD.");
    }

    @Test
    void refusesToStartWithoutAnAdminUser() {
        assertThatThrownBy(() -> start(POSTGRES))
                .isInstanceOf(UnsafeProductionSettingsException.class)
                .hasMessageContaining("Chưa khai báo tài khoản quản trị: đặt CAMUNDA_BPM_ADMINUSER_ID.");
    }

    @Test
    void refusesToStartOnTheH2Default() {
        assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:h2:file:./data/ke-hoach-752",
                "--camunda.bpm.admin-user.id=quantri", "--camunda.bpm.admin-user.password=Mot-mat-khau-dai-2026"))
                .isInstanceOf(UnsafeProductionSettingsException.class)
                .hasMessageContaining("không dùng cơ sở dữ liệu H2");
    }

    @Test
    void refusesToStartWithoutADatabase() {
        assertThatThrownBy(() -> start("--camunda.bpm.admin-user.id=quantri",
                "--camunda.bpm.admin-user.password=Mot-mat-khau-dai-2026"))
                .isInstanceOf(UnsafeProductionSettingsException.class)
                .hasMessageContaining("Chưa khai báo cơ sở dữ liệu");
    }

    @Test
    void refusesTheDemoPassword() {
        assertThatThrownBy(() -> start(POSTGRES, "--camunda.bpm.admin-user.id=admin",
                "--camunda.bpm.admin-user.password=Demo@752"))
                .isInstanceOf(UnsafeProductionSettingsException.class)
                .hasMessageContaining("Mật khẩu quản trị quá yếu hoặc là mật khẩu mặc định");
    }

    @Test
    void acceptsACompleteProductionConfiguration() {
        var env = new org.springframework.mock.env.MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/kehoach")
                .withProperty("camunda.bpm.admin-user.id", "quantri")
                .withProperty("camunda.bpm.admin-user.password", "Mot-mat-khau-dai-2026");
        env.setActiveProfiles("prod");
        org.assertj.core.api.Assertions.assertThatCode(() -> new ProductionSettingsGuard().postProcessEnvironment(env, null))
                .doesNotThrowAnyException();
    }

    private static void start(String... args) {
        new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .web(WebApplicationType.NONE)
                .run(args)
                .close();
    }
}
