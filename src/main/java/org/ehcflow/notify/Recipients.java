package org.ehcflow.notify;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The email addresses of Camunda users and groups, as kept in Camunda Admin. */
@Component
public class Recipients {

	private final IdentityService identityService;

	Recipients(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** The addresses of every member of the group who has one. */
	public List<String> membersOf(String groupId) {
		return identityService.createUserQuery()
			.memberOfGroup(groupId)
			.list()
			.stream()
			.map(User::getEmail)
			.filter(email -> email != null && !email.isBlank())
			.toList();
	}

	public Optional<String> emailOf(String userId) {
		User user = identityService.createUserQuery().userId(userId).singleResult();
		return Optional.ofNullable(user).map(User::getEmail).filter(email -> !email.isBlank());
	}

}
