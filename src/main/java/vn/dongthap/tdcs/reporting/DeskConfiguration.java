package vn.dongthap.tdcs.reporting;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link DeskRefreshFilter} on the two engine APIs Tasklist and scripts read task forms through. */
@Configuration(proxyBeanMethods = false)
class DeskConfiguration {

    @Bean
    FilterRegistrationBean<DeskRefreshFilter> deskRefresh(RoundDesk desk) {
        var registration = new FilterRegistrationBean<>(new DeskRefreshFilter(desk));
        registration.setName("desk-refresh");
        registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
        return registration;
    }
}
