package vn.dongthap.tdcs.notification;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dongthap.tdcs.identity.AccessPolicy;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.CurrentUser;

/**
 * The latest mails of the outbox with their status (sent, waiting, error, skipped): where an operator
 * sees unknown addresses, mails waiting for another attempt or given up after every attempt (HET_LUOT), and, on
 * the embedded default without SMTP, what would have been sent. An administrator sends the given-up mails again.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Outbox outbox;
    private final AccessPolicy access;
    private final AppClock clock;

    NotificationController(Outbox outbox, AccessPolicy access, AppClock clock) {
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    /** @param status only mails in this status (e.g. HET_LUOT), or all */
    @GetMapping
    List<Outbox.Mail> latest(@RequestParam(defaultValue = "50") int limit,
                             @RequestParam(required = false) Outbox.Status status, HttpServletRequest request) {
        if (!access.maySeeOutbox(CurrentUser.of(request))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên và cán bộ quản lý xem được hàng đợi thư.");
        }
        return outbox.latest(Math.max(1, Math.min(limit, 500)), status);
    }

    /** Mails given up after every attempt (HET_LUOT) go back to the queue, due now; e.g. after an SMTP outage. */
    @PostMapping("/resend")
    Map<String, Integer> resend(HttpServletRequest request) {
        if (!access.mayResendMails(CurrentUser.of(request))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được gửi lại thư.");
        }
        return Map.of("resent", outbox.resendExhausted(clock.now()));
    }
}
