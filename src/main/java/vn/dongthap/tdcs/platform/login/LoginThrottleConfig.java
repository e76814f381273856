package vn.dongthap.tdcs.platform.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;
import vn.dongthap.tdcs.platform.AppClock;

/**
 * Where the login filters sit: the throttle before every filter that checks a password, the webapps' logout inside
 * the session filter.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfig {

    @Bean
    LoginThrottle loginThrottle(LoginThrottleProperties properties, AppClock clock) {
        // Lock times follow the application clock; Caffeine's expiry ticker stays monotonic (System.nanoTime).
        return new LoginThrottle(properties, clock.asClock());
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ObjectMapper json,
            CamundaBpmProperties camunda) {
        String webapp = camunda.getWebapp().getApplicationPath();
        var registration = new FilterRegistrationBean<>(
                new LoginThrottleFilter(throttle, json, webapp));
        registration.setName("login-throttle");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/prometheus", webapp + "/api/admin/auth/*");
        // After the character encoding filter, before the authentication filters (default order).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CamundaUnlockFollower> camundaUnlockFollower(LoginThrottle throttle,
            CamundaBpmProperties camunda) {
        var registration = new FilterRegistrationBean<>(new CamundaUnlockFollower(throttle));
        registration.setName("camunda-unlock-follower");
        registration.addUrlPatterns("/engine-rest/*", camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    /** Inside Spring Session's filter, so that the session it ends is the one in the database. */
    @Bean
    FilterRegistrationBean<WebappLogoutFilter> webappLogout(CamundaBpmProperties camunda) {
        var registration = new FilterRegistrationBean<>(new WebappLogoutFilter());
        registration.setName("webapp-logout");
        registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/admin/auth/user/*");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
