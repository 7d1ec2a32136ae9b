package org.ehcflow.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Lets each of our API controllers say which groups may call it, with
 * {@code @PreAuthorize} on the handler (authorities {@code GROUP_<id>}, set at login).
 * The URL rules in {@code security.SecurityConfiguration} still require a login for all
 * of {@code /api}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {

}
