package org.ehcflow.advice.portal;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link PortalHeaders} in front of Spring Security, for the portal's paths only.
 */
@Configuration(proxyBeanMethods = false)
class AdvicePortalConfiguration {

	@Bean
	FilterRegistrationBean<PortalHeaders> advicePortalHeaders() {
		FilterRegistrationBean<PortalHeaders> registration = new FilterRegistrationBean<>(new PortalHeaders());
		registration.addUrlPatterns("/advice/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
