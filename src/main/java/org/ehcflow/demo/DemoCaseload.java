package org.ehcflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.common.EhcFlowProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A made-up caseload for the demo, so that Tasklist and Cockpit show cases at every stage on the
 * first start: new requests, decisions coming due, advice overdue, drafts with the family, plans
 * issued on time and late, a refusal and a withdrawal. Each case is walked through the real
 * process on the days it would have happened (the engine clock is moved for that, then reset).
 * Seeded once, into an empty database; only in the {@code demo} profile. Every name is invented.
 */
@Component
@Profile("demo")
class DemoCaseload {

	private static final Logger log = LoggerFactory.getLogger(DemoCaseload.class);

	private static final List<String> ALL_SECTIONS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K");

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final HistoryService historyService;

	private final Clock clock;

	private final EhcFlowProperties properties;

	DemoCaseload(RuntimeService runtimeService, TaskService taskService, HistoryService historyService, Clock clock,
			EhcFlowProperties properties) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.historyService = historyService;
		this.clock = clock;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void seedOnce() {
		if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey("ehcNeedsAssessment").count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		try {
			seed(today);
		}
		finally {
			ClockUtil.reset();
		}
		log.info("Demo caseload seeded: {} assessments", historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey("ehcNeedsAssessment")
			.count());
	}

	private void seed(LocalDate today) {
		// Just arrived: the caseworker gathers views.
		start(today.minusDays(3), "Ava", "Thompson", "2019-02-11", 2, "PARENT", "Meadow Lane Primary");

		// The 6-week decision is due within days: the panel has it.
		DemoCase nearDecision = start(today.minusWeeks(5).minusDays(2), "Leo", "Okafor", "2017-06-30", 4, "SETTING",
				"Riverside Primary School");
		nearDecision.gatherViews();

		// The 6-week decision was missed: the breach is recorded and managers told.
		DemoCase lateDecision = start(today.minusWeeks(7), "Isla", "Nowak", "2020-10-02", 1, "HEALTH",
				"Little Acorns Nursery");
		lateDecision.gatherViews();

		// Refused at 6 weeks, with the rights of appeal sent.
		DemoCase refused = start(today.minusWeeks(9), "Noah", "Patel", "2015-01-19", 6, "PARENT", "Hillcrest Academy");
		refused.gatherViews();
		refused.decide("decisionToAssess", "DO_NOT_ASSESS", refused.received.plusWeeks(5),
				"decisionToAssessReasons", "Needs can be met from the school's own resources with SEN support.");

		// Advice being gathered: some in, the educational psychologist's still to come.
		DemoCase gatheringAdvice = start(today.minusWeeks(9).minusDays(3), "Maya", "Hughes", "2013-04-08", 8, "PARENT",
				"Oakfield Academy");
		gatheringAdvice.gatherViews();
		gatheringAdvice.decideToAssess(gatheringAdvice.received.plusWeeks(4));
		gatheringAdvice.receiveAdvice(gatheringAdvice.received.plusWeeks(8), "PARENT", "EDUCATIONAL", "SOCIAL_CARE");

		// All advice in, the 16-week decision close.
		DemoCase deciding = start(today.minusWeeks(14).minusDays(4), "Ethan", "Clarke", "2011-12-01", 9, "YOUNG_PERSON",
				"Westgate School");
		deciding.gatherViews();
		deciding.decideToAssess(deciding.received.plusWeeks(5));
		deciding.receiveAdvice(deciding.received.plusWeeks(11));

		// Draft with the family; their 15 days run.
		DemoCase draftOut = start(today.minusWeeks(15).minusDays(2), "Sofia", "Reid", "2016-09-14", 5, "PARENT",
				"St Mary's CE Primary");
		draftOut.gatherViews();
		draftOut.decideToAssess(draftOut.received.plusWeeks(5));
		draftOut.receiveAdvice(draftOut.received.plusWeeks(10));
		draftOut.decideToIssue(draftOut.received.plusWeeks(12));
		draftOut.sendDraft(today.minusDays(4));

		// Issued on time, after consulting the school the family asked for.
		DemoCase issued = start(today.minusWeeks(24), "Oliver", "Bennett", "2014-03-27", 7, "SETTING",
				"Brookside Junior School");
		issued.gatherViews();
		issued.decideToAssess(issued.received.plusWeeks(5));
		issued.receiveAdvice(issued.received.plusWeeks(10));
		issued.decideToIssue(issued.received.plusWeeks(12));
		issued.sendDraft(issued.received.plusWeeks(14));
		issued.respond(issued.received.plusWeeks(15), "Greenfield Specialist Academy");
		issued.consult(issued.received.plusWeeks(15).plusDays(1), issued.received.plusWeeks(17));
		issued.issue(issued.received.plusWeeks(19), "Greenfield Specialist Academy");

		// Issued late: the 20-week limit was missed.
		DemoCase late = start(today.minusWeeks(27), "Amelia", "Shah", "2018-07-05", 3, "PARENT", "Parkside Infants");
		late.gatherViews();
		late.decideToAssess(late.received.plusWeeks(6));
		late.receiveAdvice(late.received.plusWeeks(15));
		late.decideToIssue(late.received.plusWeeks(17));
		late.sendDraft(late.received.plusWeeks(18));
		late.on(late.received.plusWeeks(19));
		runtimeService.createProcessInstanceByKey("recordCaseChange")
			.setVariables(Map.of("caseReference", late.reference, "changeType", "TIME_LIMIT_EXCEPTION", "changeDate",
					late.received.plusWeeks(19).toString(), "exceptionStep", "finalPlan", "exceptionReason",
					"EXCEPTIONAL_CIRCUMSTANCES", "exceptionStartDate", late.received.plusWeeks(16).toString(),
					"exceptionEndDate", late.received.plusWeeks(21).toString(), "exceptionEvidence",
					"Parent in hospital; letter from the ward on file.", "familyToldOfDelay", true))
			.execute();
		late.noResponse(late.received.plusWeeks(21));
		late.issue(late.received.plusWeeks(22), "Parkside Infants");

		// Withdrawn by the family.
		DemoCase withdrawn = start(today.minusWeeks(4), "Jacob", "Murphy", "2012-05-22", 9, "PARENT", "Kingsway School");
		withdrawn.gatherViews();
		withdrawn.on(withdrawn.received.plusWeeks(3));
		runtimeService.createProcessInstanceByKey("recordCaseChange")
			.setVariables(Map.of("caseReference", withdrawn.reference, "changeType", "WITHDRAWN", "changeDate",
					withdrawn.received.plusWeeks(3).toString(), "changeNotes", "Family moved to SEN support plan."))
			.execute();
	}

	private DemoCase start(LocalDate received, String first, String last, String born, int year, String source,
			String setting) {
		on(received);
		Map<String, Object> request = new HashMap<>();
		request.put("requestReceivedDate", received.toString());
		request.put("requestSource", source);
		request.put("childFirstName", first);
		request.put("childLastName", last);
		request.put("childDateOfBirth", birthDateFor(born, received, year));
		request.put("nationalCurriculumYear", year);
		request.put("parentName", "Parent of " + first);
		request.put("parentEmail", first.toLowerCase() + ".family@example.org");
		request.put("settingName", setting);
		request.put("settingEmail", "senco@" + setting.toLowerCase().replaceAll("[^a-z]+", "") + ".example.org");
		request.put("consentToShareInformation", true);
		request.put("sensoryImpairment", "NONE");
		request.put("requestSummary", "Difficulties with communication and learning despite SEN support.");
		String id = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment").setVariables(request).execute().getId();
		String reference = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
		return new DemoCase(id, reference, received);
	}

	/**
	 * A birth date that fits the year group on the day of the request, whatever day the demo starts:
	 * a child in Year N in the school year starting in September Y was born between September
	 * Y-N-5 and August Y-N-4. Month and day come from the invented date given.
	 */
	private static String birthDateFor(String invented, LocalDate received, int year) {
		LocalDate given = LocalDate.parse(invented);
		int academicYearStart = received.getMonthValue() >= 9 ? received.getYear() : received.getYear() - 1;
		int birthYear = academicYearStart - year - 4;
		return LocalDate.of(birthYear, 1 + given.getMonthValue() % 8, Math.min(given.getDayOfMonth(), 28)).toString();
	}

	private void on(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(properties.timeZone()).toInstant()));
	}

	/** One case, walked through its tasks on the days they happened. */
	private final class DemoCase {

		final String id;

		final String reference;

		final LocalDate received;

		DemoCase(String id, String reference, LocalDate received) {
			this.id = id;
			this.reference = reference;
			this.received = received;
		}

		void on(LocalDate day) {
			DemoCaseload.this.on(day);
		}

		Task task(String key) {
			return taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(key).singleResult();
		}

		void complete(String key, LocalDate day, Map<String, Object> variables) {
			on(day);
			taskService.complete(task(key).getId(), variables);
		}

		void gatherViews() {
			LocalDate day = received.plusDays(2);
			complete("Task_GatherViews", day, Map.of("familyNotifiedDate", day.toString(), "settingNotified", true,
					"healthNotified", true, "socialCareNotified", true, "familyViews",
					"The family describe growing anxiety about school and difficulty with reading and writing."));
		}

		void decide(String field, String value, LocalDate day, String reasonsField, String reasons) {
			String taskKey = field.equals("decisionToAssess") ? "Task_DecideWhetherToAssess" : "Task_DecideWhetherToIssue";
			complete(taskKey, day, Map.of(field, value, field + "Date", day.toString(), reasonsField, reasons));
		}

		void decideToAssess(LocalDate day) {
			on(day);
			taskService.complete(task("Task_DecideWhetherToAssess").getId(),
					Map.of("decisionToAssess", "ASSESS", "decisionToAssessDate", day.toString(), "decisionToAssessReasons",
							"The child may have special educational needs that call for provision beyond SEN support.",
							"otherAdviceRequested", ""));
		}

		/** Records the advice of the named services (all when none named) as received that day. */
		void receiveAdvice(LocalDate day, String... services) {
			on(day);
			List<String> wanted = List.of(services);
			for (Task adviceTask : taskService.createTaskQuery()
				.processInstanceBusinessKey(reference)
				.taskDefinitionKey("Task_RecordAdvice")
				.list()) {
				String service = (String) taskService.getVariable(adviceTask.getId(), "adviceService");
				if (wanted.isEmpty() || wanted.contains(service)) {
					taskService.complete(adviceTask.getId(), Map.of("adviceReceivedDate", day.toString(), "adviceOutcome",
							"NEW_ADVICE", "adviceSummary", "Advice received and filed with the case."));
				}
			}
		}

		void decideToIssue(LocalDate day) {
			decide("decisionToIssue", "ISSUE", day, "decisionToIssueReasons",
					"The advice shows provision beyond what the school can make from its own resources.");
		}

		void sendDraft(LocalDate day) {
			complete("Task_DraftPlan", day, Map.of("draftSectionsComplete", ALL_SECTIONS, "draftServedDate", day.toString(),
					"draftNamesNoSetting", true, "draftSentWithAdvice", true));
		}

		void respond(LocalDate day, String requestedSetting) {
			complete("Task_RecordRepresentations", day, Map.of("familyResponse", "RESPONDED", "representationsReceivedDate",
					day.toString(), "representationsSummary", "Agree with the draft; ask for a specialist school.",
					"settingRequested", true, "requestedSettingName", requestedSetting, "requestedSettingEmail",
					"admissions@greenfield.example.org"));
		}

		void noResponse(LocalDate day) {
			complete("Task_RecordRepresentations", day, Map.of("familyResponse", "NO_RESPONSE", "settingRequested", false));
		}

		void consult(LocalDate sent, LocalDate answered) {
			complete("Task_ConsultSetting", answered, Map.of("consultationSentDate", sent.toString(),
					"settingConsultationResponse", "AGREED", "settingResponseDate", answered.toString()));
		}

		void issue(LocalDate day, String namedSetting) {
			complete("Task_IssueFinalPlan", day, Map.of("finalPlanIssuedDate", day.toString(), "namedSettingName",
					namedSetting, "finalPlanSentToSetting", true, "finalPlanSentToHealth", true));
		}

	}

}
