package vn.dongthap.tdcs.platform.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * HTTP Basic for /engine-rest, like Camunda's own provider, but it reads the credentials with the same
 * parser as the login throttle and records each password check for it. Public with a no-argument
 * constructor because Camunda's authentication filter instantiates it by class name.
 */
public class BasicLoginProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        var credentials = BasicCredentials.of(request);
        if (credentials.isEmpty()) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = credentials.get().userId();
        boolean valid = engine.getIdentityService().checkPassword(userId, credentials.get().password());
        LoginAttempt.record(request, userId, valid);
        return valid ? AuthenticationResult.successful(userId) : AuthenticationResult.unsuccessful(userId);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + engine.getName() + "\"");
    }
}
