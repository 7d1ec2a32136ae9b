package org.ehcflow.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ehcflow.advice.portal.PortalEvents;
import org.ehcflow.assessment.TimeLimitException;
import org.ehcflow.assessment.TimeLimitExceptions;
import org.ehcflow.statutory.Step;
import org.springframework.stereotype.Component;

/**
 * A case's audit trail, put together from where each thing is recorded: the engine's
 * history (who started what, which tasks were completed and by whom, which dates were
 * set) and its user operation log (claims, reassignments, changed due dates, variables
 * changed through the REST API), our time-limit exceptions, the advice portal's events
 * and who downloaded advice.
 * <p>
 * It names users and dates, never the child: the child's name and date of birth are not
 * read, free text (reasons, evidence, advice) is not copied, only that it was given.
 */
@Component
class AuditTrail {

	static final String ENGINE = "engine";

	static final String PORTAL = "portal";

	static final String EHCFLOW = "ehcflow";

	/** Task operations whose values say something about the work, not about the child. */
	private static final Set<String> TASK_PROPERTIES = Set.of("assignee", "owner", "dueDate", "followUpDate",
			"priority", "delegation");

	private final HistoryService historyService;

	private final IdentityService identityService;

	private final TimeLimitExceptions exceptions;

	private final CaseAccessEvents access;

	private final PortalEvents portalEvents;

	AuditTrail(HistoryService historyService, IdentityService identityService, TimeLimitExceptions exceptions,
			CaseAccessEvents access, PortalEvents portalEvents) {
		this.historyService = historyService;
		this.identityService = identityService;
		this.exceptions = exceptions;
		this.access = access;
		this.portalEvents = portalEvents;
	}

	/**
	 * The trail, oldest first; empty if no assessment has this reference. Who may read a
	 * trail is decided by the API (managers and administrators); the engine's own
	 * authorizations, which limit what a user's queries return, must not leave gaps in
	 * it, so the engine reads it as itself.
	 */
	Optional<List<AuditEntry>> of(String caseReference) {
		Authentication caller = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return read(caseReference);
		}
		finally {
			if (caller != null) {
				identityService.setAuthentication(caller);
			}
		}
	}

	private Optional<List<AuditEntry>> read(String caseReference) {
		List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(caseReference)
			.list();
		if (instances.stream().noneMatch(instance -> "ehcNeedsAssessment".equals(instance.getProcessDefinitionKey()))) {
			return Optional.empty();
		}
		List<AuditEntry> entries = new ArrayList<>();
		Map<String, String> adviceServiceOf = new HashMap<>();
		for (HistoricProcessInstance instance : instances) {
			engineHistory(instance, entries);
			adviceService(instance).ifPresent(service -> adviceServiceOf.put(instance.getId(), service));
		}
		for (TimeLimitException exception : exceptions.forCase(caseReference)) {
			entries.add(new AuditEntry(exception.recordedAt(), exception.recordedBy(), "TIME_LIMIT_EXCEPTION_RECORDED",
					"Recorded an exception to the "
							+ Step.byId(exception.step()).map(Step::title).orElse(exception.step()) + " time limit: "
							+ exception.reason() + " (" + exception.regulation() + "), from " + exception.startDate()
							+ (exception.endDate() == null ? "" : " to " + exception.endDate()),
					EHCFLOW));
		}
		for (PortalEvents.Recorded event : portalEvents.forCase(caseReference)) {
			String service = adviceServiceOf.get(event.processInstanceId());
			entries.add(new AuditEntry(event.at(), null, "PORTAL_" + event.event(),
					portalEvent(event.event()) + (service == null ? "" : " (" + service + " advice)"), PORTAL));
		}
		for (CaseAccessEvents.Recorded read : access.forCase(caseReference)) {
			entries.add(new AuditEntry(read.at(), read.userId(), read.event().name(), switch (read.event()) {
				case ADVICE_DOCUMENT_DOWNLOADED -> "Downloaded the document of " + read.subject();
				case AUDIT_EXPORTED -> "Exported this audit trail";
			}, EHCFLOW));
		}
		entries.sort(Comparator.comparing(AuditEntry::at, Comparator.nullsLast(Comparator.naturalOrder())));
		return Optional.of(entries);
	}

	private void engineHistory(HistoricProcessInstance instance, List<AuditEntry> entries) {
		String process = instance.getProcessDefinitionName();
		String what = "recordCaseChange".equals(instance.getProcessDefinitionKey())
				? variable(instance, "changeType").map(type -> " (" + type + ")").orElse("") : "";
		entries.add(new AuditEntry(instant(instance.getStartTime()), instance.getStartUserId(), "PROCESS_STARTED",
				"Started: " + process + what, ENGINE));
		if (instance.getEndTime() != null) {
			entries.add(
					new AuditEntry(instant(instance.getEndTime()), null, "PROCESS_ENDED", "Ended: " + process, ENGINE));
		}
		List<UserOperationLogEntry> operations = historyService.createUserOperationLogQuery()
			.processInstanceId(instance.getId())
			.list();
		Map<String, String> completedBy = new HashMap<>();
		Map<String, String> userOfOperation = new HashMap<>();
		for (UserOperationLogEntry operation : operations) {
			if (operation.getUserId() != null) {
				userOfOperation.put(operation.getOperationId(), operation.getUserId());
			}
			if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(operation.getOperationType())
					&& operation.getTaskId() != null) {
				completedBy.put(operation.getTaskId(), operation.getUserId());
			}
		}
		Map<String, HistoricTaskInstance> tasks = new HashMap<>();
		for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
			.processInstanceId(instance.getId())
			.list()) {
			tasks.put(task.getId(), task);
			if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
				entries.add(new AuditEntry(instant(task.getEndTime()),
						completedBy.getOrDefault(task.getId(), task.getAssignee()), "TASK_COMPLETED",
						"Completed the task \"" + task.getName() + "\"", ENGINE));
			}
		}
		for (UserOperationLogEntry operation : operations) {
			operation(operation, tasks).ifPresent(entries::add);
		}
		for (HistoricDetail detail : historyService.createHistoricDetailQuery()
			.processInstanceId(instance.getId())
			.variableUpdates()
			.list()) {
			if (detail instanceof HistoricVariableUpdate update && isDeadlineRelevant(update.getVariableName())) {
				String user = detail.getUserOperationId() == null ? null
						: userOfOperation.get(detail.getUserOperationId());
				if (user == null && detail.getTaskId() != null) {
					user = completedBy.get(detail.getTaskId());
				}
				entries.add(new AuditEntry(instant(detail.getTime()), user, "DATE_SET",
						"Set " + update.getVariableName() + " to " + update.getValue(), ENGINE));
			}
		}
	}

	/**
	 * An operation on a task other than its completion, or on variables through the API.
	 */
	private static Optional<AuditEntry> operation(UserOperationLogEntry operation,
			Map<String, HistoricTaskInstance> tasks) {
		String type = operation.getOperationType();
		if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(type)) {
			return Optional.empty();
		}
		String description;
		if (operation.getTaskId() != null && TASK_PROPERTIES.contains(operation.getProperty())) {
			HistoricTaskInstance task = tasks.get(operation.getTaskId());
			description = type + " on the task \"" + (task == null ? operation.getTaskId() : task.getName()) + "\": "
					+ operation.getProperty() + " " + value(operation.getOrgValue()) + " -> "
					+ value(operation.getNewValue());
		}
		else if (operation.getTaskId() == null && operation.getProperty() == null) {
			description = type + " (" + operation.getEntityType() + ")";
		}
		else if (isVariableOperation(type)) {
			description = type + " (" + operation.getEntityType() + ")";
		}
		else {
			return Optional.empty();
		}
		return Optional.of(new AuditEntry(instant(operation.getTimestamp()), operation.getUserId(),
				"USER_OPERATION_" + type.toUpperCase(java.util.Locale.ROOT), description, ENGINE));
	}

	private static boolean isVariableOperation(String type) {
		return type.endsWith("Variable") || type.endsWith("Variables");
	}

	/**
	 * Dates that set or meet a statutory limit; the child's date of birth is personal,
	 * not a deadline.
	 */
	static boolean isDeadlineRelevant(String variable) {
		return (variable.endsWith("Date") || variable.endsWith("By")) && !variable.startsWith("child");
	}

	private Optional<String> adviceService(HistoricProcessInstance instance) {
		if (!"adviceRequest".equals(instance.getProcessDefinitionKey())) {
			return Optional.empty();
		}
		return variable(instance, "adviceService");
	}

	private Optional<String> variable(HistoricProcessInstance instance, String name) {
		return historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.list()
			.stream()
			.findFirst()
			.map(HistoricVariableInstance::getValue)
			.map(String::valueOf);
	}

	private static String portalEvent(String event) {
		return switch (event) {
			case "VIEWED" -> "Advice portal: the advice giver opened their link";
			case "SUBMITTED" -> "Advice portal: the advice giver sent their answer";
			case "UPLOAD_REJECTED" -> "Advice portal: a document was refused (type, size or content)";
			case "REFUSED_USED" -> "Advice portal: a link already used was opened again";
			case "REFUSED_EXPIRED" -> "Advice portal: an expired link was opened";
			case "REFUSED_CLOSED" -> "Advice portal: a link was opened after its request closed";
			default -> "Advice portal: " + event;
		};
	}

	private static String value(String value) {
		return value == null ? "(none)" : value;
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

}
