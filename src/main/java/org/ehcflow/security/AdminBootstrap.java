package org.ehcflow.security;

import org.ehcflow.security.UserAccounts.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups and, outside the demo, the first administrator from the environment
 * ({@code EHCFLOW_ADMIN_USERNAME}, {@code EHCFLOW_ADMIN_PASSWORD}). There is no default password.
 */
@Component
class AdminBootstrap {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserAccounts accounts;

	private final String username;

	private final String password;

	AdminBootstrap(UserAccounts accounts, @Value("${ehcflow.admin.username:}") String username,
			@Value("${ehcflow.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void createRoleGroupsAndFirstAdmin() {
		accounts.ensureRoleGroups();
		if (username.isBlank()) {
			return;
		}
		if (password.isBlank()) {
			log.warn("EHCFLOW_ADMIN_USERNAME is set but EHCFLOW_ADMIN_PASSWORD is empty: no administrator created");
			return;
		}
		accounts.ensureUser(new UserAccount(username, "Administrator", "", null), password, Groups.ADMINS);
		log.info("Administrator '{}' is in place", username);
	}

}
