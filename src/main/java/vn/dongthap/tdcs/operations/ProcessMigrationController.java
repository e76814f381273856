package vn.dongthap.tdcs.operations;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dongthap.tdcs.identity.AccessPolicy;
import vn.dongthap.tdcs.platform.CurrentUser;

/**
 * After a corrected model is deployed: GET shows what moving the running instances to the newest version would do
 * (a dry run), POST moves them. Administrators only. docs/van-hanh.md, "Đổi mô hình quy trình khi đang có kỳ báo cáo".
 */
@RestController
@RequestMapping("/api/admin/process-migrations/{processKey}")
class ProcessMigrationController {

    private final ProcessMigrations migrations;
    private final AccessPolicy access;

    ProcessMigrationController(ProcessMigrations migrations, AccessPolicy access) {
        this.migrations = migrations;
        this.access = access;
    }

    @GetMapping
    ProcessMigrations.Preview preview(@PathVariable String processKey, HttpServletRequest request) {
        requireAdministrator(request);
        try {
            return migrations.preview(processKey);
        } catch (ProcessMigrations.UnknownProcessException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @PostMapping
    ProcessMigrations.Result migrate(@PathVariable String processKey, HttpServletRequest request) {
        requireAdministrator(request);
        try {
            return migrations.migrate(processKey);
        } catch (ProcessMigrations.UnknownProcessException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private void requireAdministrator(HttpServletRequest request) {
        if (!access.mayMigrateProcesses(CurrentUser.of(request))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được chuyển quy trình sang phiên bản mới.");
        }
    }
}
