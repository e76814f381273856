package vn.dongthap.tdcs.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The logged-in user of an /api request, as set by ApiAuthenticationFilter. */
public record CurrentUser(String userId, List<String> groupIds) {

    static final String REQUEST_ATTRIBUTE = CurrentUser.class.getName();

    public static CurrentUser of(HttpServletRequest request) {
        return (CurrentUser) request.getAttribute(REQUEST_ATTRIBUTE);
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }
}
