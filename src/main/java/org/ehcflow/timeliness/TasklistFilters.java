package org.ehcflow.timeliness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.ehcflow.security.Groups;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every SEND team starts with, created once at start-up (found again
 * by name) and sorted by due date, which is each task's statutory deadline. Each task
 * card shows its case reference. Each filter is shared with the groups that work from it
 * by a Filter READ authorization (also created once), so that they keep seeing it when
 * authorization checks are on.
 */
@Component
class TasklistFilters {

	static final String OVERDUE = "Overdue";

	static final String DUE_IN_7_DAYS = "Due in the next 7 days";

	static final String ADVICE_OVERDUE = "Advice overdue, by service";

	static final String REVIEWS_DUE_THIS_MONTH = "Reviews due this month";

	static final String PHASE_TRANSFERS_AT_RISK = "Phase transfers at risk";

	private static final List<String> EVERY_ROLE = List.of(Groups.CASEWORKERS, Groups.PANEL, Groups.MANAGERS);

	private static final List<String> CASEWORK = List.of(Groups.CASEWORKERS, Groups.MANAGERS);

	private static final Map<String, String> CASE = Map.of("name", "caseReference", "label", "Case");

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createSharedFilters() {
		ensure("My team's work, by deadline", -20,
				"Tasks for your groups and yours, the nearest statutory deadline first", EVERY_ROLE,
				taskService.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks()
					.orderByDueDate()
					.asc(),
				CASE);
		ensure("Assigned to me", -10, "Tasks you have claimed, the nearest deadline first", EVERY_ROLE,
				taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(), CASE);
		ensure(OVERDUE, -5, "Every task past its statutory deadline, the longest overdue first", EVERY_ROLE,
				taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(), CASE);
		ensure(DUE_IN_7_DAYS, 0, "Every task whose statutory deadline falls in the next 7 days", EVERY_ROLE,
				taskService.createTaskQuery()
					.dueAfterExpression("${now()}")
					.dueBeforeExpression("${dateTime().plusDays(7).toDate()}")
					.orderByDueDate()
					.asc(),
				CASE);
		ensure(ADVICE_OVERDUE, 5,
				"Advice not back within 6 weeks (SEND Regulations 2014 reg 8(1)), grouped by service, oldest first",
				CASEWORK,
				taskService.createTaskQuery()
					.processDefinitionKey(TimelinessMeasures.ADVICE)
					.dueBeforeExpression("${now()}")
					.orderByProcessVariable("adviceServiceName", ValueType.STRING)
					.asc()
					.orderByDueDate()
					.asc(),
				CASE, Map.of("name", "adviceServiceName", "label", "Service"));
		ensure(REVIEWS_DUE_THIS_MONTH, 10, "Annual review work due this calendar month (CFA 2014 s44)", CASEWORK,
				taskService.createTaskQuery()
					.processDefinitionKeyIn(TimelinessMeasures.REVIEW, TimelinessMeasures.PLAN)
					.dueAfterExpression("${dateTime().withDayOfMonth(1).withTimeAtStartOfDay().toDate()}")
					.dueBeforeExpression(
							"${dateTime().plusMonths(1).withDayOfMonth(1).withTimeAtStartOfDay().toDate()}")
					.orderByDueDate()
					.asc(),
				CASE);
		ensure(PHASE_TRANSFERS_AT_RISK, 15,
				"Phase-transfer reviews with work overdue or due within 14 days: the amended plan must name the "
						+ "next setting before 15 February (before 31 March for secondary school to post-16), SEND Regulations 2014 reg 18",
				CASEWORK,
				taskService.createTaskQuery()
					.processDefinitionKey(TimelinessMeasures.REVIEW)
					.processVariableValueEquals("reviewReason", "PHASE_TRANSFER")
					.dueBeforeExpression("${dateTime().plusDays(14).toDate()}")
					.orderByDueDate()
					.asc(),
				CASE, Map.of("name", "phaseTransferPlanBy", "label", "Plan naming the next setting by"));
	}

	@SafeVarargs
	private void ensure(String name, int priority, String description, List<String> groups, TaskQuery query,
			Map<String, String>... columns) {
		Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("priority", priority);
			properties.put("description", description);
			properties.put("refresh", true);
			properties.put("variables", new ArrayList<>(List.of(columns)));
			filter = filterService
				.saveFilter(filterService.newTaskFilter(name).setQuery(query).setProperties(properties));
		}
		for (String group : groups) {
			share(filter.getId(), group);
		}
	}

	private void share(String filterId, String group) {
		boolean shared = authorizationService.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(Resources.FILTER)
			.resourceId(filterId)
			.count() > 0;
		if (!shared) {
			Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			read.setGroupId(group);
			read.setResource(Resources.FILTER);
			read.setResourceId(filterId);
			read.addPermission(Permissions.READ);
			authorizationService.saveAuthorization(read);
		}
	}

}
