package vn.dongthap.tdcs.notification;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dongthap.tdcs.identity.AccessPolicy;
import vn.dongthap.tdcs.platform.CurrentUser;

/**
 * The latest mails of the outbox with their status (sent, waiting, error, skipped): where an operator
 * sees unknown addresses and, on the embedded default without SMTP, what would have been sent.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Outbox outbox;
    private final AccessPolicy access;

    NotificationController(Outbox outbox, AccessPolicy access) {
        this.outbox = outbox;
        this.access = access;
    }

    @GetMapping
    List<Outbox.Mail> latest(@RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        if (!access.maySeeOutbox(CurrentUser.of(request))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên và cán bộ quản lý xem được hàng đợi thư.");
        }
        return outbox.latest(Math.max(1, Math.min(limit, 500)));
    }
}
