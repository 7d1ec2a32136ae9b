package org.ehcflow.timeliness;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * {@code /actuator/prometheus} for managers and administrators only, with HTTP Basic (a
 * Prometheus server scrapes with a manager account's credentials): the timeliness gauges
 * are management information. Its own filter chain, ahead of the application's, so that
 * the general web security stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain prometheusSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/prometheus"))
			.authorizeHttpRequests(
					requests -> requests.anyRequest().hasAnyAuthority("GROUP_send-managers", "GROUP_camunda-admin"))
			.httpBasic(basic -> basic.realmName("EHC Flow"))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

}
