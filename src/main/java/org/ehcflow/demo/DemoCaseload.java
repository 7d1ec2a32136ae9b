package org.ehcflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.common.EhcFlowProperties;
import org.ehcflow.demo.CaseWalker.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A made-up caseload of about 150 cases for the demo, so that Tasklist, Cockpit and the
 * Timeliness dashboard are full on the first start: new plans issued over the last 12
 * months, on time and late, some with a lawful time-limit exception; refusals to assess
 * and to issue; withdrawals and moves away; and open assessments at every stage, some
 * past 20 weeks and some that will miss it without a draft in the next days. Health's
 * advice is often late, the other services' rarely. Each case is walked through the real
 * process on the days it would have happened (the engine clock is moved for that, then
 * reset), with a fixed random seed, so every demo looks alike relative to its first day.
 * Seeded once, into an empty database; only in the {@code demo} profile. Every name is
 * invented.
 */
@Component
@Profile("demo")
class DemoCaseload {

	private static final Logger log = LoggerFactory.getLogger(DemoCaseload.class);

	private static final List<String> FIRST_NAMES = List.of("Ava", "Leo", "Isla", "Noah", "Maya", "Ethan", "Sofia",
			"Oliver", "Amelia", "Jacob", "Freya", "Arjun", "Zara", "Kai", "Ruby", "Theo", "Aisha", "Finn", "Lily",
			"Yusuf", "Poppy", "Reuben", "Nia", "Oscar", "Evie", "Idris", "Hana", "Caleb", "Maisie", "Tomasz");

	private static final List<String> LAST_NAMES = List.of("Thompson", "Okafor", "Nowak", "Patel", "Hughes", "Clarke",
			"Reid", "Bennett", "Shah", "Murphy", "Evans", "Kowalski", "Ahmed", "Campbell", "Doyle", "Fraser", "Green",
			"Hassan", "Iqbal", "Jones", "Khan", "Lewis", "Mensah", "Nguyen", "O'Brien", "Price", "Quinn", "Rossi",
			"Singh", "Turner");

	private static final List<String> SETTINGS = List.of("Meadow Lane Primary", "Riverside Primary School",
			"Little Acorns Nursery", "Hillcrest Academy", "Oakfield Academy", "Westgate School", "St Mary's CE Primary",
			"Brookside Junior School", "Parkside Infants", "Kingsway School", "Northgate College");

	private static final String SPECIAL_SCHOOL = "Greenfield Specialist Academy";

	private final ProcessEngine processEngine;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final HistoryService historyService;

	private final Clock clock;

	private final EhcFlowProperties properties;

	private final DemoSeedingGate gate;

	private final Random random = new Random(2026);

	private CaseWalker walker;

	private int started;

	DemoCaseload(ProcessEngine processEngine, RuntimeService runtimeService, TaskService taskService,
			HistoryService historyService, Clock clock, EhcFlowProperties properties, DemoSeedingGate gate) {
		this.processEngine = processEngine;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.historyService = historyService;
		this.clock = clock;
		this.properties = properties;
		this.gate = gate;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void seedOnce() {
		if (historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey("ehcNeedsAssessment")
			.count() > 0) {
			gate.open();
			return;
		}
		long began = System.nanoTime();
		LocalDate today = LocalDate.now(clock);
		walker = new CaseWalker(runtimeService, taskService, properties.timeZone());
		log.info("Seeding the demo caseload (about 150 cases, walked through the real processes)...");
		// The job executor would fire the back-dated timers of one case while the next
		// step of the
		// same case runs: held until the caseload is in, then it catches up on the real
		// clock.
		JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
			.getJobExecutor();
		boolean wasActive = jobExecutor != null && jobExecutor.isActive();
		if (wasActive) {
			jobExecutor.shutdown();
		}
		try {
			seed(today);
		}
		finally {
			ClockUtil.reset();
			gate.open();
			if (wasActive) {
				jobExecutor.start();
			}
		}
		log.info("Demo caseload seeded: {} assessments in {} s", started, (System.nanoTime() - began) / 1_000_000_000);
	}

	private void seed(LocalDate today) {
		// New plans over the last 12 months, one every 6 days or so, about half within 20
		// weeks.
		for (int i = 0; i < 60; i++) {
			LocalDate issued = today.minusDays(5 + i * 6L);
			boolean onTime = random.nextInt(100) < 52;
			int issueWeek = onTime ? 16 + random.nextInt(4) : 21 + random.nextInt(12);
			Case c = start(issued.minusWeeks(issueWeek).minusDays(onTime ? random.nextInt(7) : 0));
			issueAfter(c, issueWeek, issued, !onTime && random.nextInt(100) < 40, i % 5 == 0);
		}
		// Refusals to assess, a few past the 6 weeks.
		for (int i = 0; i < 15; i++) {
			Case c = start(today.minusWeeks(8 + i * 3L).minusDays(random.nextInt(5)));
			c.gatherViews(c.week(0, 2 + random.nextInt(5)));
			c.decideNotToAssess(c.week(i % 5 == 4 ? 7 : 4 + random.nextInt(2), random.nextInt(7)));
		}
		// Refusals to issue a plan after assessment.
		for (int i = 0; i < 6; i++) {
			Case c = start(today.minusWeeks(19 + i * 5L));
			assess(c, 5);
			c.receiveAdvice(c.week(11));
			c.decideNotToIssue(c.week(15 + random.nextInt(2)));
		}
		// Withdrawn by the family, and moved out of the area.
		for (int i = 0; i < 8; i++) {
			Case c = start(today.minusWeeks(6 + i * 4L));
			if (i % 2 == 0) {
				c.gatherViews(c.week(0, 3));
			}
			else {
				assess(c, 5);
			}
			if (i < 6) {
				c.withdraw(c.week(i % 2 == 0 ? 3 : 7));
			}
			else {
				c.moveAway(c.week(8));
			}
		}
		// Open: just arrived, views being gathered.
		for (int i = 0; i < 10; i++) {
			Case c = start(today.minusDays(i * 2L + 1));
			if (i % 3 == 2) {
				c.gatherViews(c.week(0, 1));
			}
		}
		// Open: the panel's decision coming due, two past the 6 weeks.
		for (int i = 0; i < 10; i++) {
			Case c = start(today.minusWeeks(i < 8 ? 3 + i % 4 : 7 + i % 2).minusDays(random.nextInt(5)));
			c.gatherViews(c.week(0, 3));
		}
		// Open: advice being gathered; health's is the one most often late.
		for (int i = 0; i < 22; i++) {
			Case c = start(today.minusWeeks(7 + i % 9).minusDays(random.nextInt(6)));
			assess(c, 4 + random.nextInt(3));
			LocalDate asked = c.week(5);
			LocalDate othersBack = asked.plusWeeks(3 + random.nextInt(3));
			if (!othersBack.isAfter(today)) {
				c.receiveAdvice(othersBack, "PARENT", "EDUCATIONAL", "SOCIAL_CARE");
			}
			LocalDate psychologyBack = asked.plusWeeks(4 + random.nextInt(3));
			if (!psychologyBack.isAfter(today) && i % 3 != 0) {
				c.receiveAdvice(psychologyBack, "PSYCHOLOGICAL");
			}
		}
		// Open: all advice in, the decision whether to issue coming due.
		for (int i = 0; i < 8; i++) {
			Case c = start(today.minusWeeks(13 + i % 4).minusDays(random.nextInt(6)));
			assess(c, 5);
			adviceBack(c, c.week(11), c.week(12));
		}
		// Open: the draft with the family, or the requested school being consulted.
		for (int i = 0; i < 8; i++) {
			Case c = start(today.minusWeeks(16 + i % 3).minusDays(random.nextInt(4)));
			assess(c, 5);
			adviceBack(c, c.week(10), c.week(11));
			c.decideToIssue(c.week(13));
			LocalDate served = today.minusDays(3 + random.nextInt(10));
			c.sendDraft(served);
			if (i % 3 == 0 && !served.plusDays(5).isAfter(today)) {
				c.requestSetting(served.plusDays(5), SPECIAL_SCHOOL);
			}
		}
		// Open: the 20 weeks close or passed without a draft: late, or at risk of it.
		for (int i = 0; i < 8; i++) {
			Case c = start(today.minusWeeks(17 + i).minusDays(random.nextInt(5)));
			assess(c, 6);
			adviceBack(c, c.week(12), c.week(15));
			c.decideToIssue(c.week(16));
		}
	}

	private Case start(LocalDate received) {
		int n = started++;
		String first = FIRST_NAMES.get(n % FIRST_NAMES.size());
		String last = LAST_NAMES.get((n * 7 + n / FIRST_NAMES.size()) % LAST_NAMES.size());
		int year = random.nextInt(12);
		int source = random.nextInt(100);
		String requestSource = source < 50 ? "PARENT"
				: source < 85 ? "SETTING" : source < 93 ? "HEALTH" : "SOCIAL_CARE";
		Case c = walker.start(received, first, last, year, requestSource, SETTINGS.get(n % SETTINGS.size()));
		if (started % 50 == 0) {
			log.info("Demo caseload: {} cases so far", started);
		}
		return c;
	}

	/** Views gathered in the first days, the decision to assess in week {@code week}. */
	private static void assess(Case c, int week) {
		c.gatherViews(c.week(0, 3));
		c.decideToAssess(c.week(week));
	}

	/**
	 * The other services' advice on {@code othersBack}, health's on {@code healthBack}.
	 */
	private static void adviceBack(Case c, LocalDate othersBack, LocalDate healthBack) {
		c.receiveAdvice(othersBack, "PARENT", "EDUCATIONAL", "PSYCHOLOGICAL", "SOCIAL_CARE", "PREPARING_FOR_ADULTHOOD");
		c.receiveAdvice(healthBack);
	}

	/**
	 * A case walked to a final plan issued on {@code issued}, in week {@code issueWeek}:
	 * the draft 3 weeks before, the decision to issue a week before that, advice before
	 * it (health's late in most cases), and, when asked, a lawful exception recorded
	 * before the plan was issued.
	 */
	private void issueAfter(Case c, int issueWeek, LocalDate issued, boolean exception, boolean settingRequested) {
		int assessWeek = issueWeek > 20 ? 5 + random.nextInt(3) : 4 + random.nextInt(2);
		assess(c, assessWeek);
		LocalDate draft = issued.minusWeeks(3);
		LocalDate decideToIssue = draft.minusWeeks(1);
		LocalDate asked = c.week(assessWeek);
		LocalDate othersBack = min(asked.plusWeeks(4).plusDays(random.nextInt(10)), decideToIssue.minusDays(2));
		LocalDate healthBack = min(asked.plusWeeks(random.nextInt(100) < 60 ? 7 + random.nextInt(3) : 5),
				decideToIssue.minusDays(1));
		adviceBack(c, othersBack, healthBack);
		c.decideToIssue(decideToIssue);
		if (exception) {
			c.exception(draft.minusDays(2), "finalPlan",
					random.nextBoolean() ? "EXCEPTIONAL_CIRCUMSTANCES" : "AWAY_FROM_AREA", c.week(issueWeek - 6),
					c.week(issueWeek - 1));
		}
		c.sendDraft(draft);
		if (settingRequested) {
			c.requestSetting(draft.plusDays(4), SPECIAL_SCHOOL);
			c.consult(draft.plusDays(5), draft.plusDays(14));
			c.issue(issued, SPECIAL_SCHOOL);
		}
		else {
			c.agree(draft.plusDays(6));
			c.issue(issued, SETTINGS.get(random.nextInt(SETTINGS.size())));
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
