package vn.dongthap.tdcs.operations;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Moving running process instances to the newest model version (docs/van-hanh.md, "Đổi mô hình quy trình khi đang
 * có kỳ báo cáo").
 *
 * @param onStartup process keys whose running instances of older versions are moved to the newest at every startup,
 *                  as the administrators' POST /api/admin/process-migrations/{key} would; the others wait for an
 *                  administrator (dry run first)
 */
@ConfigurationProperties("app.migrations")
public record MigrationProperties(@DefaultValue List<String> onStartup) {
}
