package vn.dongthap.tdcs.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At startup, after the models are deployed, moves the running instances of the processes listed in
 * app.migrations.on-startup to their newest version with {@link ProcessMigrations}, the same mechanism the
 * administrators' API uses. For amendment-request: a proposal started before the branch lost "không tiếp nhận"
 * would otherwise keep the old gateway, which has no path for "kiến nghị không chấp thuận", and no withdrawal event.
 * A version that cannot be moved stays where it is, with a warning (docs/van-hanh.md §9).
 */
@Component
@Order(30)
public class StartupProcessMigrations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupProcessMigrations.class);

    private final ProcessMigrations migrations;
    private final MigrationProperties properties;

    StartupProcessMigrations(ProcessMigrations migrations, MigrationProperties properties) {
        this.migrations = migrations;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        migrateConfigured();
    }

    /** Returns how many instances were moved, over all configured processes. */
    public long migrateConfigured() {
        long moved = 0;
        for (String processKey : properties.onStartup()) {
            ProcessMigrations.Result result;
            try {
                result = migrations.migrate(processKey);
            } catch (ProcessMigrations.UnknownProcessException e) {
                throw new IllegalStateException("app.migrations.on-startup: " + e.getMessage(), e);
            }
            for (ProcessMigrations.VersionResult version : result.versions()) {
                moved += version.moved();
                if (!version.problems().isEmpty()) {
                    log.warn("Quy trình {}: chưa chuyển hết các quy trình đang chạy từ phiên bản {} sang phiên bản {}: {}."
                            + " Các quy trình này tiếp tục trên phiên bản cũ (docs/van-hanh.md, mục 9).", processKey,
                            version.version(), result.targetVersion(), String.join("; ", version.problems()));
                }
            }
        }
        return moved;
    }
}
