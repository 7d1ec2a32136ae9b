package org.ehcflow.security;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter.HeaderValue;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may reach what (the route table is in SECURITY.md; {@code RouteInventoryTests}
 * fails for a route that has no rule).
 * <ul>
 * <li>The engine's REST API and our own API ({@code /engine-rest/**}, {@code /api/**})
 * take HTTP Basic or the session of someone signed in to the webapps; a change made with
 * the session needs the webapps' CSRF token ({@code X-XSRF-TOKEN}). Which group may call
 * which handler of {@code /api} is said on the handler ({@code @PreAuthorize}); what each
 * may do in the engine, by Camunda authorizations ({@link RoleAuthorizations}).
 * <li>The webapps ({@code /camunda/**}) keep their own sign-in page, authorization checks
 * and CSRF filter; their first-admin setup endpoint is closed for good (CVE-2026-77226).
 * <li>The advice portal ({@code /advice/**}) needs no account: the unguessable link is
 * the key.
 * <li>Everything else needs a login.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Where a browser that is not signed in is sent: the webapps' own sign-in page. */
	static final String SIGN_IN_PAGE = "/camunda/app/tasklist/";

	/** CVE-2026-77226: Admin's first-run setup (its API and its page). */
	private static final RequestMatcher ADMIN_SETUP = new OrRequestMatcher(path("/camunda/api/admin/setup/**"),
			path("/camunda/app/admin/*/setup/**"));

	static final String PAGES_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider users,
			IdentityService identityService) throws Exception {
		// Path patterns on the whole path: /engine-rest is Jersey's servlet, not Spring
		// MVC's, and a
		// plain string pattern would be matched as an MVC path and miss it.
		return http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
			.authenticationProvider(users)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("EHC Flow").authenticationEntryPoint(entryPoint()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint()))
			.addFilterAfter(new WebappSessionAuthentication(), BasicAuthenticationFilter.class)
			.csrf(csrf -> csrf.csrfTokenRepository(new CamundaCsrfTokens())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(CamundaCsrfTokens.changesBySession()))
			// Nothing of Spring Security's is kept in the session: each call is
			// authenticated again,
			// by its Basic credentials or by the webapps' session.
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterAfter(new QueryExpressionGuard(), AuthorizationFilter.class)
			.addFilterAfter(new EngineAuthenticationFilter(identityService), AnonymousAuthenticationFilter.class)
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.xssProtection(xss -> xss.headerValue(HeaderValue.DISABLED))
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
		return http.authenticationProvider(users)
			.authorizeHttpRequests(requests -> requests
				// CVE-2026-77226: the Admin webapp's "create the first administrator"
				// endpoint is never
				// needed (AdminBootstrap always puts an administrator in place), so it is
				// never open.
				.requestMatchers(ADMIN_SETUP)
				.denyAll()
				// The webapps sign in and check every one of their own API calls
				// themselves.
				.requestMatchers(path("/camunda/**"), path("/"), path("/error"), path("/favicon.ico"),
						path("/actuator/health"), path("/actuator/health/**"))
				.permitAll()
				// The advice portal: the unguessable token in the URL is the key (CSRF
				// still checked).
				.requestMatchers(path("/advice"), path("/advice/**"))
				.permitAll()
				.requestMatchers(path("/actuator/**"))
				.hasAuthority("GROUP_" + Groups.ADMINS)
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.realmName("EHC Flow").authenticationEntryPoint(entryPoint()))
			// The setup endpoint is refused outright, signed in or not: no sign-in would
			// open it.
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, exception) -> {
				if (ADMIN_SETUP.matches(request)) {
					response.sendError(HttpStatus.FORBIDDEN.value(), HttpStatus.FORBIDDEN.getReasonPhrase());
				}
				else {
					entryPoint().commence(request, response, exception);
				}
			}))
			.addFilterAfter(new WebappSessionAuthentication(), BasicAuthenticationFilter.class)
			.addFilterAfter(new QueryExpressionGuard(), AuthorizationFilter.class)
			// The webapps send their own CSRF token (X-XSRF-TOKEN), checked by Camunda's
			// filter.
			.csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
			.headers(headers -> headers
				// The webapps set their own content security policy; they need no frames
				// from elsewhere.
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.xssProtection(xss -> xss.headerValue(HeaderValue.DISABLED))
				// Our own pages (the advice-giver directory); the portal and the webapps
				// set stricter
				// ones of their own first, which this one then leaves alone.
				.contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY)))
			.build();
	}

	/**
	 * Not signed in: a browser goes to the sign-in page, and is never asked for Basic
	 * credentials (a browser that had them would send them with any page's requests, past
	 * CSRF checks); a program gets 401 with the Basic challenge.
	 */
	static AuthenticationEntryPoint entryPoint() {
		return (request, response, exception) -> {
			if (isBrowser(request)) {
				if ("navigate".equals(request.getHeader("Sec-Fetch-Mode")) && "GET".equals(request.getMethod())) {
					response.sendRedirect(request.getContextPath() + SIGN_IN_PAGE);
				}
				else {
					unauthorized(response, false);
				}
				return;
			}
			unauthorized(response, true);
		};
	}

	private static boolean isBrowser(HttpServletRequest request) {
		return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("X-Requested-With") != null;
	}

	private static void unauthorized(HttpServletResponse response, boolean challenge) throws IOException {
		if (challenge) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"EHC Flow\"");
		}
		response.sendError(HttpStatus.UNAUTHORIZED.value(), HttpStatus.UNAUTHORIZED.getReasonPhrase());
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

}
