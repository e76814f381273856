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
        registration.addUrlPatterns("/api/*", "/bang-theo-doi.html", "/de-xuat.html", "/dinh-kem.html", "/ky-gui.html", "/assets/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
