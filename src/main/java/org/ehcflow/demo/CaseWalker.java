package org.ehcflow.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks a made-up case through the real {@code ehcNeedsAssessment} on the days things
 * happened, moving the engine clock to each day (10:00 in the council's time zone): the
 * demo caseload and the timeliness tests build their histories with it. Whoever uses it
 * resets the clock afterwards ({@code ClockUtil.reset()}). Every name it is given is
 * invented.
 */
public final class CaseWalker {

	private static final List<String> ALL_SECTIONS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K");

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ZoneId zone;

	public CaseWalker(RuntimeService runtimeService, TaskService taskService, ZoneId zone) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.zone = zone;
	}

	/** Moves the engine clock to 10:00 on that day. */
	public void on(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(zone).toInstant()));
	}

	/** Records a request received that day, as the start form does. */
	public Case start(LocalDate received, String first, String last, int year, String source, String setting) {
		on(received);
		Map<String, Object> request = new HashMap<>();
		request.put("requestReceivedDate", received.toString());
		request.put("requestSource", source);
		request.put("childFirstName", first);
		request.put("childLastName", last);
		request.put("childDateOfBirth", birthDateFor(received, year, first.length() + last.length()));
		request.put("nationalCurriculumYear", year);
		request.put("parentName", "Parent of " + first);
		request.put("parentEmail", first.toLowerCase() + "." + last.toLowerCase() + "@example.org");
		request.put("settingName", setting);
		request.put("settingEmail", "senco@" + setting.toLowerCase().replaceAll("[^a-z]+", "") + ".example.org");
		request.put("consentToShareInformation", true);
		request.put("sensoryImpairment", "NONE");
		request.put("requestSummary", "Difficulties with communication and learning despite SEN support.");
		String id = runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
			.setVariables(request)
			.execute()
			.getId();
		String reference = runtimeService.createProcessInstanceQuery()
			.processInstanceId(id)
			.singleResult()
			.getBusinessKey();
		return new Case(id, reference, received);
	}

	/**
	 * A birth date that fits the year group on the day of the request: a child in Year N
	 * in the school year starting in September Y was born between September Y-N-5 and
	 * August Y-N-4.
	 */
	static String birthDateFor(LocalDate received, int year, int seed) {
		int academicYearStart = received.getMonthValue() >= 9 ? received.getYear() : received.getYear() - 1;
		int birthYear = academicYearStart - year - 4;
		return LocalDate.of(birthYear, 1 + seed % 8, 1 + seed % 28).toString();
	}

	/** One case, walked through its tasks on the days they happened. */
	public final class Case {

		private final String id;

		private final String reference;

		private final LocalDate received;

		Case(String id, String reference, LocalDate received) {
			this.id = id;
			this.reference = reference;
			this.received = received;
		}

		public String id() {
			return id;
		}

		public String reference() {
			return reference;
		}

		public LocalDate received() {
			return received;
		}

		/** The day {@code weeks} weeks and {@code days} days after the request. */
		public LocalDate week(int weeks, int days) {
			return received.plusWeeks(weeks).plusDays(days);
		}

		public LocalDate week(int weeks) {
			return week(weeks, 0);
		}

		private Task task(String key) {
			Task task = taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(key).singleResult();
			if (task == null) {
				throw new IllegalStateException(reference + " is not waiting at " + key);
			}
			return task;
		}

		private void complete(String key, LocalDate day, Map<String, Object> variables) {
			on(day);
			taskService.complete(task(key).getId(), variables);
		}

		public Case gatherViews(LocalDate day) {
			complete("Task_GatherViews", day, Map.of("familyNotifiedDate", day.toString(), "settingNotified", true,
					"healthNotified", true, "socialCareNotified", true, "familyViews",
					"The family describe growing anxiety about school and difficulty with reading and writing."));
			return this;
		}

		public Case decideToAssess(LocalDate day) {
			complete("Task_DecideWhetherToAssess", day,
					Map.of("decisionToAssess", "ASSESS", "decisionToAssessDate", day.toString(),
							"decisionToAssessReasons",
							"The child may have special educational needs that call for provision beyond SEN support.",
							"otherAdviceRequested", ""));
			return this;
		}

		public Case decideNotToAssess(LocalDate day) {
			complete("Task_DecideWhetherToAssess", day,
					Map.of("decisionToAssess", "DO_NOT_ASSESS", "decisionToAssessDate", day.toString(),
							"decisionToAssessReasons",
							"Needs can be met from the school's own resources with SEN support."));
			return this;
		}

		/**
		 * Records the advice of the named services (all still awaited when none named) as
		 * received that day.
		 */
		public Case receiveAdvice(LocalDate day, String... services) {
			on(day);
			List<String> wanted = List.of(services);
			for (Task adviceTask : taskService.createTaskQuery()
				.processInstanceBusinessKey(reference)
				.taskDefinitionKey("Task_RecordAdvice")
				.list()) {
				String service = (String) taskService.getVariable(adviceTask.getId(), "adviceService");
				if (wanted.isEmpty() || wanted.contains(service)) {
					taskService.complete(adviceTask.getId(),
							Map.of("adviceReceivedDate", day.toString(), "adviceOutcome", "NEW_ADVICE", "adviceSummary",
									"Advice received and filed with the case."));
				}
			}
			return this;
		}

		public Case decideToIssue(LocalDate day) {
			complete("Task_DecideWhetherToIssue", day,
					Map.of("decisionToIssue", "ISSUE", "decisionToIssueDate", day.toString(), "decisionToIssueReasons",
							"The advice shows provision beyond what the school can make from its own resources."));
			return this;
		}

		public Case decideNotToIssue(LocalDate day) {
			complete("Task_DecideWhetherToIssue", day,
					Map.of("decisionToIssue", "DO_NOT_ISSUE", "decisionToIssueDate", day.toString(),
							"decisionToIssueReasons",
							"The school can meet the needs the advice describes from its own resources."));
			return this;
		}

		public Case sendDraft(LocalDate day) {
			complete("Task_DraftPlan", day, Map.of("draftSectionsComplete", ALL_SECTIONS, "draftServedDate",
					day.toString(), "draftNamesNoSetting", true, "draftSentWithAdvice", true));
			return this;
		}

		/** The family agree with the draft and ask for no particular setting. */
		public Case agree(LocalDate day) {
			complete("Task_RecordRepresentations", day,
					Map.of("familyResponse", "RESPONDED", "representationsReceivedDate", day.toString(),
							"representationsSummary", "Agree with the draft.", "settingRequested", false));
			return this;
		}

		/** The family ask for a named setting, which is then consulted. */
		public Case requestSetting(LocalDate day, String setting) {
			complete("Task_RecordRepresentations", day,
					Map.of("familyResponse", "RESPONDED", "representationsReceivedDate", day.toString(),
							"representationsSummary", "Agree with the draft; ask for a specialist school.",
							"settingRequested", true, "requestedSettingName", setting, "requestedSettingEmail",
							"admissions@specialist.example.org"));
			return this;
		}

		public Case consult(LocalDate sent, LocalDate answered) {
			complete("Task_ConsultSetting", answered, Map.of("consultationSentDate", sent.toString(),
					"settingConsultationResponse", "AGREED", "settingResponseDate", answered.toString()));
			return this;
		}

		public Case noResponse(LocalDate day) {
			complete("Task_RecordRepresentations", day,
					Map.of("familyResponse", "NO_RESPONSE", "settingRequested", false));
			return this;
		}

		public Case issue(LocalDate day, String namedSetting) {
			complete("Task_IssueFinalPlan", day,
					Map.of("finalPlanIssuedDate", day.toString(), "namedSettingName", namedSetting, "settingType",
							namedSetting.contains("Primary") ? "PRIMARY"
									: namedSetting.contains("Special") || namedSetting.contains("Specialist")
											? "SPECIAL_ALL_THROUGH" : "SECONDARY",
							"finalPlanSentToSetting", true, "finalPlanSentToHealth", true));
			return this;
		}

		/**
		 * Draft on {@code draftDay}, the family's agreement 5 days later, and the final
		 * plan on {@code issueDay} (at least 15 days after the draft, reg 13(1)).
		 */
		public Case draftAndIssue(LocalDate draftDay, LocalDate issueDay, String namedSetting) {
			sendDraft(draftDay);
			agree(draftDay.plusDays(5));
			return issue(issueDay, namedSetting);
		}

		public Case withdraw(LocalDate day) {
			return change(day, Map.of("changeType", "WITHDRAWN", "changeNotes", "The family withdrew the request."));
		}

		public Case moveAway(LocalDate day) {
			return change(day, Map.of("changeType", "MOVED_OUT_OF_AREA", "changeNotes", "The family moved away."));
		}

		/**
		 * A lawful exception to a time limit (it moves no date), recorded through
		 * recordCaseChange.
		 */
		public Case exception(LocalDate day, String step, String reason, LocalDate from, LocalDate to) {
			return change(day,
					Map.of("changeType", "TIME_LIMIT_EXCEPTION", "exceptionStep", step, "exceptionReason", reason,
							"exceptionStartDate", from.toString(), "exceptionEndDate", to.toString(),
							"exceptionEvidence", "Letter on file.", "familyToldOfDelay", true));
		}

		private Case change(LocalDate day, Map<String, Object> change) {
			on(day);
			Map<String, Object> variables = new HashMap<>(change);
			variables.put("caseReference", reference);
			variables.put("changeDate", day.toString());
			runtimeService.createProcessInstanceByKey("recordCaseChange").setVariables(variables).execute();
			return this;
		}

	}

}
