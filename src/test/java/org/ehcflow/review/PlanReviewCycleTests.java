package org.ehcflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.fireDueJobs;
import static org.ehcflow.support.ProcessTestSupport.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.security.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plan and its real review together, as a council runs them: the Year 6 child of the
 * statutory timeline's worked example is imported, {@code ehcPlan} starts the real
 * {@code annualReview} on its day, the caseworker (signed in, with the authorizations of
 * the role) works every step to an amended plan naming the secondary school before 15
 * February (SEND Regulations 2014 reg 18), and the plan, the case timeline and the
 * managers' measures all show it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanReviewCycleTests {

	static final String REFERENCE = "CYCLE-00001";

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	@AfterEach
	void resetClock() {
		identityService.clearAuthentication();
		ClockUtil.reset();
	}

	@Test
	void aYear6TransferIsReviewedAndTheAmendedPlanNamesTheSecondarySchoolBy14February() throws Exception {
		today("2026-09-10");
		mvc.perform(post("/api/plans/import").with(httpBasic("caseworker", "caseworker"))
			.contentType("text/csv")
			.content(String.join(",", PlanImport.COLUMNS) + "\n" + REFERENCE
					+ ",Ava,Example,2015-01-10,6,2026-07-20,,Riverside Primary School,PRIMARY,caseworker\n"))
			.andExpect(status().isOk());
		ProcessInstance plan = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("ehcPlan")
			.processInstanceBusinessKey(REFERENCE)
			.singleResult();
		assertThat(variable(plan, "annualReviewDecisionBy")).isEqualTo("2027-07-19");
		// reg 18(1)(b): before 15 Feb 2027, so by 14 Feb; the meeting 12 weeks before, by
		// 22 Nov 2026.
		assertThat(variable(plan, "phaseTransferPlanBy")).isEqualTo("2027-02-14");
		assertThat(variable(plan, "reviewMeetingBy")).isEqualTo("2026-11-22");
		assertThat(variable(plan, "nextReviewStartsOn")).isEqualTo("2026-09-27");

		today("2026-09-28");
		fireDueJobs(managementService);
		ProcessInstance review = runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(plan.getId())
			.singleResult();
		assertThat(review).as("the real annualReview, called by the plan").isNotNull();
		assertThat(variable(review, "reviewReason")).isEqualTo("PHASE_TRANSFER");
		assertThat(task("Task_ArrangeReviewMeeting").getAssignee()).isEqualTo("caseworker");

		asCaseworker("Task_ArrangeReviewMeeting", arrangement("2026-11-16"));
		today("2026-10-30");
		for (Task advice : taskService.createTaskQuery()
			.processInstanceBusinessKey(REFERENCE)
			.taskDefinitionKey("Task_RecordAdvice")
			.list()) {
			asCaseworker(advice, Map.of("adviceReceivedDate", "2026-10-30", "adviceOutcome", "NEW_ADVICE",
					"adviceSummary", "Ready for secondary school with support."));
		}
		today("2026-11-02");
		asCaseworker("Task_CirculateReviewAdvice", Map.of("adviceCirculatedDate", "2026-11-02"));
		today("2026-11-20");
		asCaseworker("Task_HoldReviewMeeting", Map.of("reviewMeetingDate", "2026-11-16", "reviewReportDate",
				"2026-11-20", "preparingForAdulthoodDiscussed", false, "preparingForAdulthoodNotes", ""));
		today("2026-11-27");
		asCaseworker("Task_DecideReviewOutcome", Map.of("reviewDecision", "AMEND", "reviewDecisionDate", "2026-11-27",
				"reviewDecisionReasons", "Name the secondary school for September 2027."));
		asCaseworker("Task_SendProposedAmendments", Map.of("amendmentNoticeDate", "2026-11-27", "amendmentSummary",
				"Section I: Hillside Academy from September 2027."));
		today("2026-12-08");
		Map<String, Object> response = new HashMap<>();
		response.put("amendmentResponse", "RESPONDED");
		response.put("amendmentRepresentationsDate", "2026-12-08");
		response.put("amendmentRepresentationsSummary", "We ask for Hillside Academy.");
		response.put("newSettingRequested", true);
		response.put("newSettingName", "Hillside Academy");
		response.put("newSettingEmail", "admissions@hillside.example.org");
		asCaseworker("Task_RecordAmendmentResponse", response);
		today("2026-12-18");
		asCaseworker("Task_ConsultNewSetting", Map.of("newSettingConsultationSentDate", "2026-12-08",
				"newSettingConsultationResponse", "AGREED", "newSettingResponseDate", "2026-12-18"));
		today("2027-01-20");
		asCaseworker("Task_IssueAmendedPlan", Map.of("amendmentOutcome", "ISSUE_AMENDED_PLAN", "amendedPlanIssuedDate",
				"2027-01-20", "settingName", "Hillside Academy", "settingType", "SECONDARY"));

		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(review.getId()).count()).isZero();
		assertThat(variable(plan, "planStatus")).isEqualTo("MAINTAINED");
		assertThat(variable(plan, "lastReviewDecisionDate")).isEqualTo("2026-11-27");
		assertThat(variable(plan, "settingName")).isEqualTo("Hillside Academy");
		assertThat(variable(plan, "settingType")).isEqualTo("SECONDARY");
		assertThat(variable(plan, "annualReviewDecisionBy")).as("12 months starting with the decision, CFA 2014 s44(1)")
			.isEqualTo("2027-11-26");

		JsonNode timeline = asManager("/api/cases/" + REFERENCE + "/timeline");
		assertThat(step(timeline, "phaseTransferPlan").path("completedOn").asText()).isEqualTo("2027-01-20");
		assertThat(step(timeline, "phaseTransferPlan").path("status").asText()).isEqualTo("ON_TIME");
		assertThat(step(timeline, "reviewDecision").path("status").asText()).isEqualTo("ON_TIME");
		assertThat(step(timeline, "amendedPlan").path("dueBy").asText()).isEqualTo("2027-01-22");
		assertThat(step(timeline, "amendedPlan").path("status").asText()).isEqualTo("ON_TIME");

		assertThat(references(asManager("/api/timeliness/cases?measure=phaseTransfersAtRisk")))
			.doesNotContain(REFERENCE);
		assertThat(references(asManager("/api/timeliness/cases?measure=reviewsOverdue"))).doesNotContain(REFERENCE);
		assertThat(references(asManager("/api/timeliness/cases?measure=reviewDecisions"))).contains(REFERENCE);
	}

	static Map<String, Object> arrangement(String meeting) {
		Map<String, Object> form = new HashMap<>();
		form.put("reviewMeetingDate", meeting);
		form.put("reviewMeetingPlace", "Riverside Primary School");
		form.put("reviewInvitees",
				List.of("PARENT_OR_YOUNG_PERSON", "SETTING_HEAD", "SEN_OFFICER", "HEALTH", "SOCIAL_CARE"));
		form.put("parentEmail", "parent@example.org");
		form.put("settingEmail", "senco@riverside.example.org");
		form.put("healthEmail", "send.health@icb.example.org");
		form.put("socialCareEmail", "");
		form.put("reviewAdvice", List.of("PARENT", "EDUCATIONAL"));
		return form;
	}

	Task task(String definitionKey) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(REFERENCE)
			.taskDefinitionKey(definitionKey)
			.singleResult();
	}

	/**
	 * Completes the task as the caseworker signed in, so the role's authorizations apply.
	 */
	void asCaseworker(String definitionKey, Map<String, Object> form) {
		Task task = task(definitionKey);
		assertThat(task).as("open task %s", definitionKey).isNotNull();
		asCaseworker(task, form);
	}

	void asCaseworker(Task task, Map<String, Object> form) {
		identityService.setAuthentication("caseworker", List.of(Groups.CASEWORKERS));
		try {
			taskService.complete(task.getId(), form);
		}
		finally {
			identityService.clearAuthentication();
		}
		fireDueJobs(managementService);
	}

	Object variable(ProcessInstance instance, String name) {
		return runtimeService.getVariable(instance.getId(), name);
	}

	JsonNode asManager(String path) throws Exception {
		String body = mvc.perform(get(path).with(httpBasic("manager", "manager")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	static JsonNode step(JsonNode timeline, String name) {
		JsonNode found = null;
		for (JsonNode step : timeline.path("steps")) {
			if (name.equals(step.path("step").asText())) {
				found = step;
			}
		}
		assertThat(found).as("step %s on the timeline %s", name, timeline).isNotNull();
		return found;
	}

	static List<String> references(JsonNode cases) {
		return cases.path("cases").findValuesAsText("caseReference");
	}

}
