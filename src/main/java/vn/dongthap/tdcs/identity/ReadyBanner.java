package vn.dongthap.tdcs.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the system where to log in. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final Environment env;

    ReadyBanner(Environment env) {
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String admin = env.getProperty("camunda.bpm.admin-user.id", "");
        StringBuilder text = new StringBuilder("\n==> Hệ thống đã sẵn sàng: http://localhost:" + port + "/camunda/app/\n");
        if (env.getProperty("app.demo.users-enabled", Boolean.class, false)) {
            String password = env.getProperty("app.demo.password");
            text.append("    Đăng nhập thử (mật khẩu chung ").append(password).append("):\n")
                    .append("      quản trị: ").append(admin).append(" / ")
                    .append(env.getProperty("camunda.bpm.admin-user.password")).append('\n')
                    .append("      cán bộ xã: ").append(DemoUsers.officerOf("xa-tan-hong"))
                    .append(", lãnh đạo xã: ").append(DemoUsers.leaderOf("xa-tan-hong")).append('\n')
                    .append("      tổng hợp NHCSXH: ").append(DemoUsers.CONSOLIDATOR)
                    .append(", UBND tỉnh: ").append(DemoUsers.PROVINCE_OFFICER)
                    .append(", quản lý: ").append(DemoUsers.MANAGER).append('\n');
        }
        log.info(text.toString());
    }
}
