package org.ehcflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.ehcflow.security.UserAccounts.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups, their Camunda authorizations and, outside the demo, the first
 * administrator from the environment ({@code EHCFLOW_ADMIN_USERNAME},
 * {@code EHCFLOW_ADMIN_PASSWORD}; {@link AdminCredentialsCheck} has refused to start
 * without them). There is no default password.
 *
 * <p>
 * Once every start-up user is in place, there must be a user who is a direct member of
 * {@code camunda-admin}: while there is none, Camunda 7.24's Admin setup endpoint would
 * let anyone create an administrator (CVE-2026-77226). EHC Flow refuses to run in that
 * state.
 */
@Component
class AdminBootstrap {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserAccounts accounts;

	private final RoleAuthorizations roles;

	private final IdentityService identityService;

	private final String username;

	private final String password;

	AdminBootstrap(UserAccounts accounts, RoleAuthorizations roles, IdentityService identityService,
			@Value("${ehcflow.admin.username:}") String username,
			@Value("${ehcflow.admin.password:}") String password) {
		this.accounts = accounts;
		this.roles = roles;
		this.identityService = identityService;
		this.username = username.trim();
		this.password = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void createRoleGroupsAndFirstAdmin() {
		accounts.ensureRoleGroups();
		roles.ensureRoleGrants();
		if (username.isEmpty() || password.isEmpty()) {
			return;
		}
		accounts.ensureUser(new UserAccount(username, "Administrator", "", null), password, Groups.ADMINS);
		log.info("Administrator '{}' is in place", username);
	}

	/**
	 * After the demo users (order 1) too: by now there must be a direct administrator.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void requireADirectAdministrator() {
		if (identityService.createUserQuery().memberOfGroup(Groups.ADMINS).count() == 0) {
			throw new IllegalStateException("EHC Flow refuses to run: no user is a direct member of the group '"
					+ Groups.ADMINS + "'. Set EHCFLOW_ADMIN_USERNAME and EHCFLOW_ADMIN_PASSWORD.");
		}
	}

}
