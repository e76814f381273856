package vn.dongthap.tdcs.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Logins for the two HTTP APIs (the engine's /engine-rest and the application's /api), and the security
 * headers of the application's own pages and API.
 */
@Configuration(proxyBeanMethods = false)
class SecurityFilterConfig {

    /** /engine-rest answers anonymously out of the box; this makes it HTTP Basic with engine authorizations. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }

    /** Before the API login, so that its refusals carry the headers too. Not /camunda: see camunda.bpm.webapp.header-security. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setName("security-headers");
        registration.addUrlPatterns("/api/*", "/bang-theo-doi.html", "/de-xuat.html", "/dinh-kem.html", "/assets/*");
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
