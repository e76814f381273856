package vn.dongthap.tdcs.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dongthap.tdcs.platform.login.BasicLoginProvider;

/**
 * Logins for the two HTTP APIs (the engine's /engine-rest and the application's /api), and the security
 * headers of the application's own pages and API.
 */
@Configuration(proxyBeanMethods = false)
class SecurityFilterConfig {

    /** The application's own pages (src/main/resources/static), each needing a login. */
    static final String[] PAGES = {"/bang-theo-doi.html", "/de-xuat.html", "/dinh-kem.html", "/ky-gui.html", "/lich-su.html"};
    private static final String LOGIN_PAGE = PageLoginFilter.LOGIN_PAGE;

    /**
     * /engine-rest answers anonymously out of the box; this makes it HTTP Basic with engine authorizations.
     * HTTP Basic as in Camunda's own provider, but read by the login throttle's parser and reported to it.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                BasicLoginProvider.class.getName());
        return registration;
    }

    /** Before any login or JSON parsing: an oversized body is refused without being read. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(
            @Value("${app.security.input.max-request-bytes:2097152}") long maxBytes) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBytes));
        registration.setName("request-size-limit");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Before the API login, so that its refusals carry the headers too. Not /camunda: see camunda.bpm.webapp.header-security. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setName("security-headers");
        registration.addUrlPatterns("/api/*", "/assets/*", LOGIN_PAGE);
        registration.addUrlPatterns(PAGES);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /** Without the webapps' login, the application's pages send the browser to the login page. */
    @Bean
    FilterRegistrationBean<PageLoginFilter> pageLogin() {
        var registration = new FilterRegistrationBean<>(new PageLoginFilter());
        registration.setName("page-login");
        registration.addUrlPatterns(PAGES);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 110);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
        registration.setName("api-authentication");
        // The metrics too: never anonymous (operations.MetricsAccessFilter then checks the role).
        registration.addUrlPatterns("/api/*", "/actuator/prometheus");
        // Late, as before (the default order), but ahead of the filters that read the user it sets.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
