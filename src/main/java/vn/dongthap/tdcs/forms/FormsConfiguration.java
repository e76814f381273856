package vn.dongthap.tdcs.forms;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nightly form check (FormDeployment) runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FormsConfiguration {
}
