package org.ehcflow.timeliness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.notify.Notifications;
import org.ehcflow.notify.OutgoingEmail;
import org.ehcflow.notify.Recipients;
import org.ehcflow.statutory.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reminds whoever holds the open work of a case that a statutory deadline is near: the
 * assignee of each open task, or else the members of its candidate groups. Inputs:
 * {@code step} (a timeline step id) and {@code dueBy}. Records
 * {@code <step>ReminderDate}. A reminder that would arrive after the deadline is not
 * sent: the breach record takes over.
 */
@Component("deadlineReminder")
class DeadlineReminder implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminder.class);

	private final TaskService taskService;

	private final Recipients recipients;

	private final Notifications notifications;

	private final Clock clock;

	DeadlineReminder(TaskService taskService, Recipients recipients, Notifications notifications, Clock clock) {
		this.taskService = taskService;
		this.recipients = recipients;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Step step = Step.byId((String) execution.getVariableLocal("step")).orElseThrow();
		LocalDate dueBy = LocalDate.parse(execution.getVariableLocal("dueBy").toString());
		LocalDate today = LocalDate.now(clock);
		String caseReference = execution.getProcessBusinessKey();
		if (today.isAfter(dueBy)) {
			log.info("Case {}: no reminder for {}, its deadline {} has passed", caseReference, step.id(), dueBy);
			return;
		}
		List<Task> openTasks = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list();
		Set<String> to = new LinkedHashSet<>();
		List<String> taskNames = new ArrayList<>();
		for (Task task : openTasks) {
			taskNames.add(task.getName());
			to.addAll(holdersOf(task));
		}
		Map<String, Object> model = new HashMap<>();
		model.put("caseReference", caseReference);
		model.put("stepTitle", step.title());
		model.put("regulation", step.regulation());
		model.put("dueBy", dueBy.toString());
		// Week 16 binds only a decision not to issue (reg 10(1)): the reminder says so,
		// not "deadline".
		model.put("milestone", step == Step.DECIDE_WHETHER_TO_ISSUE);
		model.put("taskName", String.join(", ", taskNames));
		notifications.queue(new OutgoingEmail(execution.getProcessInstanceId() + ":" + step.id() + ":reminder:" + dueBy,
				caseReference, execution.getProcessInstanceId(), List.copyOf(to), "deadline-reminder", model));
		execution.setVariable(step.id() + "ReminderDate", today.toString());
		log.info("Case {}: reminder for {} due {} sent to {} people", caseReference, step.id(), dueBy, to.size());
	}

	private List<String> holdersOf(Task task) {
		if (task.getAssignee() != null) {
			return recipients.emailOf(task.getAssignee()).stream().toList();
		}
		List<String> emails = new ArrayList<>();
		for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
				if (link.getGroupId() != null) {
					emails.addAll(recipients.membersOf(link.getGroupId()));
				}
				else if (link.getUserId() != null) {
					recipients.emailOf(link.getUserId()).ifPresent(emails::add);
				}
			}
		}
		return emails;
	}

}
