package org.ehcflow.timeliness;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.ehcflow.security.Groups;
import org.ehcflow.security.RoleAuthorizations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every SEND team starts with, created once at start-up (found again by
 * name) and sorted by due date, which is each task's statutory deadline. Each task card shows its
 * case reference.
 */
@Component
class TasklistFilters {

	private static final List<String> TEAMS = List.of(Groups.CASEWORKERS, Groups.PANEL, Groups.MANAGERS);

	private final FilterService filterService;

	private final TaskService taskService;

	private final RoleAuthorizations roles;

	TasklistFilters(FilterService filterService, TaskService taskService, RoleAuthorizations roles) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.roles = roles;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createSharedFilters() {
		ensure("My team's work, by deadline", -20,
				"Tasks for your groups and yours, the nearest statutory deadline first",
				taskService.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks()
					.orderByDueDate()
					.asc());
		ensure("Assigned to me", -10, "Tasks you have claimed, the nearest deadline first",
				taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
	}

	private void ensure(String name, int priority, String description, TaskQuery query) {
		Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filterService.newTaskFilter(name)
				.setQuery(query)
				.setProperties(Map.of("priority", priority, "description", description, "refresh", true, "variables",
						List.of(Map.of("name", "caseReference", "label", "Case"))));
			filterService.saveFilter(filter);
		}
		// With Camunda authorizations on, a filter is seen only by those granted READ on it.
		roles.shareFilter(filter.getId(), TEAMS);
	}

}
