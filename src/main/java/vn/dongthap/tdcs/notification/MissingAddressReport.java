package vn.dongthap.tdcs.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At startup, tells the administrator which units have no usable address (they would miss the dispatch
 * mail) and which accounts have none (they get no notices); such mails are also kept as errors in the
 * outbox (GET /api/notifications) rather than dropped.
 */
@Component
@Order(40)
class MissingAddressReport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MissingAddressReport.class);

    private final JdbcClient jdbc;

    MissingAddressReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> units = jdbc.sql("""
                        select id from kehoach.org_unit where active = true and (email is null or email = ''
                          or email like '%.example') order by sort_order""")
                .query(String.class).list();
        if (!units.isEmpty()) {
            log.warn("{} đơn vị chưa có địa chỉ thư thật (trống hoặc địa chỉ mẫu .example) trong don-vi.yaml, ví dụ: {}",
                    units.size(), String.join(", ", units.subList(0, Math.min(10, units.size()))));
        }
        int users = jdbc.sql("select count(*) from act_id_user where email_ is null or email_ = ''").query(Integer.class).single();
        if (users > 0) {
            log.warn("{} tài khoản chưa có địa chỉ thư: họ không nhận được thông báo (thêm địa chỉ trong Admin)", users);
        }
    }
}
