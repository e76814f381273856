package vn.dongthap.tdcs.operations;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dongthap.tdcs.identity.AccessPolicy;

@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    /** Ordered after the API login filter (same default order, registered later) that sets the current user. */
    @Bean
    FilterRegistrationBean<MetricsAccessFilter> metricsAccess(AccessPolicy access) {
        var registration = new FilterRegistrationBean<>(new MetricsAccessFilter(access));
        registration.setName("metrics-access");
        registration.addUrlPatterns("/actuator/prometheus");
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
