package org.ehcflow.advice;

import static org.ehcflow.support.ProcessTestSupport.fireDueJobs;
import static org.ehcflow.support.ProcessTestSupport.request;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Real cases for the portal's tests: a request received on Monday 2 March 2026, views
 * gathered on the 3rd, the panel agrees to assess on Tuesday 10 March, so advice is due
 * by Tuesday 21 April.
 */
public final class AdviceRequests {

	static final String DECIDED = "2026-03-10";

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final AdviceLinks links;

	private final Clock clock;

	public AdviceRequests(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
			AdviceLinks links, Clock clock) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.managementService = managementService;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * Starts a case and brings it to its advice requests; returns the one for this
	 * service.
	 */
	public ProcessInstance adviceRequested(String service) {
		today("2026-03-02");
		ProcessInstance assessment = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
			.setVariables(request("2026-03-02"))
			.execute();
		today("2026-03-03");
		taskService.complete(task(assessment, "Task_GatherViews").getId(),
				Map.of("familyNotifiedDate", "2026-03-03", "settingNotified", true, "healthNotified", true,
						"socialCareNotified", true, "familyViews", "Sam finds reading hard."));
		today(DECIDED);
		taskService.complete(task(assessment, "Task_DecideWhetherToAssess").getId(),
				Map.of("decisionToAssess", "ASSESS", "decisionToAssessDate", DECIDED, "decisionToAssessReasons",
						"Needs may call for special educational provision.", "otherAdviceRequested", ""));
		fireDueJobs(managementService);
		String caseReference = runtimeService.createProcessInstanceQuery()
			.processInstanceId(assessment.getId())
			.singleResult()
			.getBusinessKey();
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("adviceRequest")
			.processInstanceBusinessKey(caseReference)
			.variableValueEquals("adviceService", service)
			.singleResult();
	}

	/** A fresh link to an advice request, valid for this long from now. */
	public String linkTo(ProcessInstance adviceRequest, Duration validFor) {
		return links.issue(adviceRequest.getId(), adviceRequest.getBusinessKey(),
				(String) runtimeService.getVariable(adviceRequest.getId(), "adviceService"), "ep-intake@example.org",
				Instant.now(clock).plus(validFor));
	}

	public Task task(ProcessInstance instance, String taskDefinitionKey) {
		return taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
	}

}
