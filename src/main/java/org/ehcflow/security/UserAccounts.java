package org.ehcflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Creates Camunda groups and users if they are missing; never changes an existing one.
 */
@Component
public class UserAccounts {

	private final IdentityService identityService;

	UserAccounts(IdentityService identityService) {
		this.identityService = identityService;
	}

	public void ensureGroup(String id, String name, String type) {
		if (identityService.createGroupQuery().groupId(id).count() > 0) {
			return;
		}
		Group group = identityService.newGroup(id);
		group.setName(name);
		group.setType(type);
		identityService.saveGroup(group);
	}

	/**
	 * Creates the user with this password if absent, and adds it to the groups it is not
	 * yet in.
	 */
	public void ensureUser(UserAccount account, String password, String... groupIds) {
		if (identityService.createUserQuery().userId(account.id()).count() == 0) {
			User user = identityService.newUser(account.id());
			user.setFirstName(account.firstName());
			user.setLastName(account.lastName());
			user.setEmail(account.email());
			user.setPassword(password);
			identityService.saveUser(user);
		}
		for (String groupId : groupIds) {
			if (identityService.createUserQuery().userId(account.id()).memberOfGroup(groupId).count() == 0) {
				identityService.createMembership(account.id(), groupId);
			}
		}
	}

	/** The four groups EHC Flow's roles need. */
	public void ensureRoleGroups() {
		ensureGroup(Groups.ADMINS, "Camunda administrators", "SYSTEM");
		ensureGroup(Groups.CASEWORKERS, "SEND caseworkers", "WORKFLOW");
		ensureGroup(Groups.PANEL, "SEND decision panel", "WORKFLOW");
		ensureGroup(Groups.MANAGERS, "SEND managers", "WORKFLOW");
	}

	public record UserAccount(String id, String firstName, String lastName, String email) {
	}

}
