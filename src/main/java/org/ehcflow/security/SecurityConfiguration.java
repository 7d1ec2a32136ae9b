package org.ehcflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. The Camunda webapps ({@code /camunda/**}) keep their own login page and
 * CSRF protection; the engine's REST API and our own API take HTTP Basic against the same users.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider users,
			IdentityService identityService) throws Exception {
		// Path patterns on the whole path: /engine-rest is Jersey's servlet, not Spring MVC's, and a
		// plain string pattern would be matched as an MVC path and miss it.
		return http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
			.authenticationProvider(users)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("EHC Flow"))
			// Basic credentials are sent with every call, never stored in a cookie: no CSRF token needed.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				// The webapps authenticate every one of their own API calls themselves.
				.requestMatchers(path("/camunda/**"), path("/"), path("/error"), path("/actuator/health/**"),
						path("/favicon.ico"))
				.permitAll()
				// The advice portal: the unguessable token in the URL is the key (CSRF still checked).
				.requestMatchers(path("/advice/**"))
				.permitAll()
				.anyRequest().authenticated())
			// The webapps send their own CSRF token (X-XSRF-TOKEN), checked by Camunda's filter.
			.csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.httpBasic(Customizer.withDefaults())
			.build();
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

}
