package org.ehcflow.common;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(EhcFlowProperties properties) {
		return new EngineClock(properties.timeZone());
	}

}
