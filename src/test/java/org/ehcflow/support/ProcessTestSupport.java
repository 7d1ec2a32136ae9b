package org.ehcflow.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.ehcflow.common.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moving the engine clock, firing due timers, and reading the outbox, for process tests.
 */
public final class ProcessTestSupport {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	private ProcessTestSupport() {
	}

	/** Sets the engine clock (and so our Clock) to 09:00 in London on that day. */
	public static void today(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant()));
	}

	public static void today(String isoDay) {
		today(LocalDate.parse(isoDay));
	}

	/** A task's due date for a deadline day: the last minute of that day in London. */
	public static Date endOfDay(String isoDay) {
		return Date.from(LocalDate.parse(isoDay).atTime(LocalTime.of(23, 59)).atZone(LONDON).toInstant());
	}

	/**
	 * Executes every job that is due by the engine clock, including jobs those jobs
	 * create.
	 */
	public static int fireDueJobs(ManagementService managementService) {
		int fired = 0;
		for (int round = 0; round < 20; round++) {
			List<Job> due = managementService.createJobQuery().executable().list();
			if (due.isEmpty()) {
				return fired;
			}
			for (Job job : due) {
				managementService.executeJob(job.getId());
				fired++;
			}
		}
		throw new IllegalStateException("jobs keep creating due jobs");
	}

	/** The outbox rows of a case with this template: one per recipient. */
	public static List<String> recipientsOf(JdbcTemplate jdbc, String caseReference, String template) {
		return jdbc.queryForList(
				"select recipient from outbox_message where case_reference = ? and template = ? order by recipient",
				String.class, caseReference, template);
	}

	/**
	 * The rule breach behind an exception, wherever in its cause chain the engine left
	 * it.
	 */
	public static InvalidInputException invalidInput(Throwable thrown) {
		InvalidInputException invalid = InvalidInputException.findIn(thrown);
		if (invalid == null) {
			throw new AssertionError("expected a rule breach, got " + thrown, thrown);
		}
		return invalid;
	}

	/**
	 * A valid request, as the start form or the API gives it, received on the worked
	 * example's day.
	 */
	public static Map<String, Object> request(String receivedDate) {
		Map<String, Object> request = new HashMap<>();
		request.put("requestReceivedDate", receivedDate);
		request.put("requestSource", "PARENT");
		request.put("childFirstName", "Sam");
		request.put("childLastName", "Example");
		request.put("childDateOfBirth", "2016-05-14");
		request.put("nationalCurriculumYear", 4);
		request.put("parentName", "Alex Example");
		request.put("parentEmail", "parent@example.org");
		request.put("settingName", "Riverside Primary School");
		request.put("settingEmail", "senco@riverside.example.org");
		request.put("consentToShareInformation", true);
		request.put("sensoryImpairment", "NONE");
		return request;
	}

}
