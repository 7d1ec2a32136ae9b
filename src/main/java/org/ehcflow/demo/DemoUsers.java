package org.ehcflow.demo;

import org.ehcflow.security.Groups;
import org.ehcflow.security.UserAccounts;
import org.ehcflow.security.UserAccounts.UserAccount;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's users; each one's password is its user name. Only in the {@code demo-users}
 * profile (part of {@code demo} and {@code test}), never on a council's network.
 */
@Component
@Profile("demo-users")
class DemoUsers {

	private final UserAccounts accounts;

	DemoUsers(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void createDemoUsers() {
		accounts.ensureRoleGroups();
		accounts.ensureUser(new UserAccount("demo", "Demo", "Administrator", "demo@ehcflow.invalid"), "demo",
				Groups.ADMINS, Groups.CASEWORKERS, Groups.PANEL, Groups.MANAGERS);
		accounts.ensureUser(new UserAccount("caseworker", "Casey", "Worker", "caseworker@ehcflow.invalid"),
				"caseworker", Groups.CASEWORKERS);
		accounts.ensureUser(new UserAccount("manager", "Morgan", "Manager", "manager@ehcflow.invalid"), "manager",
				Groups.MANAGERS);
		accounts.ensureUser(new UserAccount("panel", "Pat", "Panel", "panel@ehcflow.invalid"), "panel", Groups.PANEL);
	}

}
