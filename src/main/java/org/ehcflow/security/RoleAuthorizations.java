package org.ehcflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * What each role may do in the engine and the webapps, as Camunda authorizations, put in
 * place at every start: missing grants are created and missing permissions added; nothing
 * an administrator granted on top is taken away.
 *
 * <ul>
 * <li>{@code send-caseworkers}: Tasklist; start, see and move on the cases of
 * {@link #CASE_PROCESSES} (instances, their history and variables, every task); work the
 * tasks whose candidate group they are (the engine grants each candidate its task:
 * {@code defaultUserPermissionNameForTask}), not the panel's; see colleagues' names. Not
 * Cockpit, not Admin, not a task's due date (a statutory deadline).
 * <li>{@code send-panel}: Tasklist; see those cases and their history; its own tasks come
 * from being their candidate group (the engine grants each candidate the task: see
 * {@code defaultUserPermissionForTask}). Not Cockpit, not other people's tasks.
 * <li>{@code send-managers}: Tasklist and Cockpit, read only: cases, tasks, history,
 * decisions, incidents. Nothing that completes a task, changes a variable, retries a job
 * or cancels a case.
 * <li>{@code camunda-admin}: everything, on every resource (Admin included).
 * </ul>
 * Tasklist filters: only administrators create or change them (CVE-2026-109432); whoever
 * creates a shared filter grants READ on it to the groups that use it
 * ({@link #shareFilter}).
 */
@Component
public class RoleAuthorizations {

	/**
	 * The process definitions of a child's case, by key: the ones SEND staff may see and
	 * work. Roles are granted on these keys only, so that a process deployed for anything
	 * else stays out of their sight. A new case process adds its key here
	 * ({@code RoleAccessTests} fails for a model in {@code processes/} that is missing).
	 */
	public static final List<String> CASE_PROCESSES = List.of("ehcNeedsAssessment", "adviceRequest", "recordCaseChange",
			"ehcPlan", "annualReview", "requestEarlyReview", "recordPlanChange");

	private final AuthorizationService authorizations;

	private final TaskService tasks;

	RoleAuthorizations(AuthorizationService authorizations, TaskService tasks) {
		this.authorizations = authorizations;
		this.tasks = tasks;
	}

	/** The role table, in one place. */
	static List<Grant> grants() {
		List<Grant> grants = new ArrayList<>();
		for (Resources resource : Resources.values()) {
			grants.add(new Grant(Groups.ADMINS, resource, ANY, Permissions.ALL));
		}

		grants.add(new Grant(Groups.CASEWORKERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
		grants.add(new Grant(Groups.CASEWORKERS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE));
		grants.add(new Grant(Groups.CASEWORKERS, Resources.USER, ANY, Permissions.READ));
		grants.add(new Grant(Groups.CASEWORKERS, Resources.GROUP, ANY, Permissions.READ));
		grants.add(new Grant(Groups.CASEWORKERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
				Permissions.CREATE_INSTANCE));
		for (String key : CASE_PROCESSES) {
			grants.add(new Grant(Groups.CASEWORKERS, Resources.PROCESS_DEFINITION, key,
					ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
					ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
					ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_TASK,
					ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY,
					ProcessDefinitionPermissions.READ_HISTORY_VARIABLE));
		}

		grants.add(new Grant(Groups.PANEL, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
		grants.add(new Grant(Groups.PANEL, Resources.USER, ANY, Permissions.READ));
		grants.add(new Grant(Groups.PANEL, Resources.GROUP, ANY, Permissions.READ));
		grants.add(new Grant(Groups.PANEL, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
				Permissions.CREATE_INSTANCE));
		for (String key : CASE_PROCESSES) {
			grants.add(new Grant(Groups.PANEL, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
					ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE));
		}

		grants.add(new Grant(Groups.MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
		grants.add(new Grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
		grants.add(new Grant(Groups.MANAGERS, Resources.USER, ANY, Permissions.READ));
		grants.add(new Grant(Groups.MANAGERS, Resources.GROUP, ANY, Permissions.READ));
		grants.add(new Grant(Groups.MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ));
		grants.add(new Grant(Groups.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
				Permissions.READ_HISTORY));
		grants.add(new Grant(Groups.MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
		for (String key : CASE_PROCESSES) {
			grants.add(new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
					ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
					ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE));
		}
		return grants;
	}

	/**
	 * Creates what is missing of the role table. Safe to run at every start and on every
	 * node.
	 */
	public void ensureRoleGrants() {
		grants().forEach(this::ensure);
		ensureCandidatesMayWorkOpenTasks();
	}

	/**
	 * Open tasks created while authorizations were off (a database from before they were
	 * on) have no grant for their candidate groups, which the engine gives every new
	 * task: they get it now, once (there is no task grant at all only in that case).
	 */
	public void ensureCandidatesMayWorkOpenTasks() {
		if (authorizations.createAuthorizationQuery().resourceType(Resources.TASK).count() > 0) {
			return;
		}
		for (Task task : tasks.createTaskQuery().list()) {
			for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
					ensure(new Grant(link.getGroupId(), Resources.TASK, task.getId(), Permissions.READ,
							Permissions.TASK_WORK));
				}
			}
		}
	}

	/**
	 * Lets these groups see a shared Tasklist filter (READ on it), in addition to its
	 * owner.
	 */
	public void shareFilter(String filterId, Collection<String> groupIds) {
		for (String group : groupIds) {
			ensure(new Grant(group, Resources.FILTER, filterId, Permissions.READ));
		}
	}

	private void ensure(Grant grant) {
		Authorization existing = authorizations.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GRANT)
			.groupIdIn(grant.groupId())
			.resourceType(grant.resource())
			.resourceId(grant.resourceId())
			.singleResult();
		if (existing != null && grant.permissions().stream().allMatch(existing::isPermissionGranted)) {
			return;
		}
		Authorization authorization = existing != null ? existing
				: authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		authorization.setGroupId(grant.groupId());
		authorization.setResource(grant.resource());
		authorization.setResourceId(grant.resourceId());
		grant.permissions().forEach(authorization::addPermission);
		authorizations.saveAuthorization(authorization);
	}

	record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

		Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
			this(groupId, resource, resourceId, List.of(permissions));
		}

	}

}
