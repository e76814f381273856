package vn.dongthap.tdcs.notification;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dongthap.tdcs.identity.UnitGroups;
import vn.dongthap.tdcs.platform.CurrentUser;

/**
 * The latest mails of the outbox with their status (sent, waiting, error, skipped): where an operator
 * sees unknown addresses and, on the embedded default without SMTP, what would have been sent.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private static final List<String> READERS = List.of("camunda-admin", UnitGroups.MANAGERS);

    private final Outbox outbox;

    NotificationController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    List<Outbox.Mail> latest(@RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
        if (READERS.stream().noneMatch(CurrentUser.of(request)::isMemberOf)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên và cán bộ quản lý xem được hàng đợi thư.");
        }
        return outbox.latest(Math.max(1, Math.min(limit, 500)));
    }
}
