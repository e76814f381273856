package vn.dongthap.tdcs.platform.login;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.dongthap.tdcs.platform.CurrentUser;

/** Administrators see which (account, address) pairs are refused on this node, and unlock an account. */
@RestController
@RequestMapping("/api/admin/login-locks")
class LoginLockController {

    private static final Logger log = LoggerFactory.getLogger(LoginLockController.class);

    private final LoginThrottle throttle;
    private final IdentityService identityService;

    LoginLockController(LoginThrottle throttle, IdentityService identityService) {
        this.throttle = throttle;
        this.identityService = identityService;
    }

    @GetMapping
    List<LoginThrottle.LoginLock> locks(HttpServletRequest request) {
        requireAdmin(request);
        return throttle.currentLocks();
    }

    /** Clears the account's locks from every address, and Camunda's own lock of it if an older setting left one. */
    @DeleteMapping("/{userId}")
    Unlocked unlock(@PathVariable String userId, HttpServletRequest request) {
        CurrentUser admin = requireAdmin(request);
        boolean isUser = identityService.createUserQuery().userId(userId).count() > 0;
        int addresses = throttle.unlock(userId);
        if (!isUser && addresses == 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Không có tài khoản \"" + userId + "\" và tài khoản này cũng không bị khóa đăng nhập.");
        }
        if (isUser) {
            identityService.unlockUser(userId); // runs as the administrator: Camunda requires camunda-admin
        }
        log.info("{} đã mở khóa đăng nhập tài khoản \"{}\" ({} địa chỉ đang bị khóa trên máy này)", admin.userId(),
                LoginThrottle.Pair.normalize(userId), addresses);
        return new Unlocked(userId, addresses);
    }

    private static CurrentUser requireAdmin(HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        if (!user.isMemberOf(Groups.CAMUNDA_ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ quản trị viên mới xem và mở khóa đăng nhập được.");
        }
        return user;
    }

    /** @param unlockedAddresses how many addresses were refused for this account on this node until now */
    record Unlocked(String userId, int unlockedAddresses) {
    }
}
