package org.ehcflow.demo;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/**
 * The demo's gate in front of every request while its caseload is seeded
 * ({@link DemoSeedingGate}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoWebConfiguration {

	@Bean
	DemoSeedingGate demoSeedingGate() {
		return new DemoSeedingGate();
	}

	@Bean
	FilterRegistrationBean<DemoSeedingGate> demoSeedingGateRegistration(DemoSeedingGate gate) {
		FilterRegistrationBean<DemoSeedingGate> registration = new FilterRegistrationBean<>(gate);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
