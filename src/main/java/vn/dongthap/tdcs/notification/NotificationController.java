package vn.dongthap.tdcs.notification;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    private static final int DEFAULT_SIZE = 50;
    private static final int MAX_SIZE = 500;

    private final Outbox outbox;
    private final AccessPolicy access;
    private final AppClock clock;

    NotificationController(Outbox outbox, AccessPolicy access, AppClock clock) {
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    /**
     * One page of the outbox, newest first, with the number of mails that match.
     *
     * @param page      1 for the newest mails
     * @param size      mails per page (at most 500); {@code limit} is its former name
     * @param status    only mails in this status (e.g. HET_LUOT)
     * @param kind      only mails of this kind (task-new, deadline-reminder, report-returned, …)
     * @param recipient only mails whose address contains this text
     */
    @GetMapping
    Outbox.Page list(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Integer size,
                     @RequestParam(required = false) Integer limit, @RequestParam(required = false) Outbox.Status status,
                     @RequestParam(required = false) String kind, @RequestParam(required = false) String recipient,
                     HttpServletRequest request) {
        if (!access.maySeeOutbox(CurrentUser.of(request))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên và cán bộ quản lý xem được hàng đợi thư.");
        }
        int perPage = size != null ? size : limit != null ? limit : DEFAULT_SIZE;
        if (page < 1 || page > 1_000_000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Số trang (page) phải từ 1 trở lên.");
        }
        if (perPage < 1 || perPage > MAX_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Số thư mỗi trang (size) phải từ 1 đến " + MAX_SIZE + ".");
        }
        return outbox.page(new Outbox.Filter(status, blankToNull(kind), blankToNull(recipient)), page, perPage);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Mails not sent — given up after every attempt (HET_LUOT), refused (LOI) or skipped without an SMTP server
     * (BO_QUA) — go back to the queue, due now: one mail ({@code id}), all of a kind, or all in the chosen statuses.
     * Without parameters: the given-up ones, e.g. after an SMTP outage. A sent or waiting mail is never queued again.
     */
    @PostMapping("/resend")
    Map<String, Integer> resend(@RequestParam(required = false) Long id, @RequestParam(required = false) String kind,
                                @RequestParam(required = false) List<Outbox.Status> status, HttpServletRequest request) {
        if (!access.mayResendMails(CurrentUser.of(request))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được gửi lại thư.");
        }
        Set<Outbox.Status> statuses = status == null || status.isEmpty()
                ? (id == null && kind == null ? EnumSet.of(Outbox.Status.HET_LUOT) : Outbox.RESENDABLE)
                : EnumSet.copyOf(status);
        if (!Outbox.RESENDABLE.containsAll(statuses)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Chỉ gửi lại được thư chưa gửi: bỏ qua (BO_QUA), lỗi (LOI) hoặc hết lượt thử (HET_LUOT).");
        }
        if (id != null && outbox.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có thư này trong hàng đợi.");
        }
        int resent = outbox.resend(clock.now(), statuses, id, kind);
        if (id != null && resent == 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Thư này đã gửi hoặc đang chờ gửi: không gửi lại.");
        }
        return Map.of("resent", resent);
    }
}
