package vn.dongthap.tdcs.amendment;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** A user as people name them (full name from the engine's users), never the login id. */
@Component
class PersonNames {

    private final IdentityService identity;

    PersonNames(@Lazy IdentityService identity) {
        this.identity = identity;
    }

    String of(String userId) {
        if (userId == null) {
            return "không rõ người thực hiện";
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return "người dùng đã bị xóa khỏi hệ thống";
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? "người dùng chưa có họ tên" : name;
    }
}
