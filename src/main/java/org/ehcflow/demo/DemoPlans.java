package org.ehcflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.ehcflow.review.PlanImport;
import org.ehcflow.statutory.AcademicCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * About thirty made-up plans the council already maintains, imported through the real
 * import ({@link PlanImport}) after the demo caseload: reviews due soon, some overdue,
 * children under 5, a Year 6 child at a primary school whose transfer review is brought
 * forward for 14 February, a Year 11 young person moving to post-16 (by 30 March) and a
 * Year 2 child at an infant school. Dates are relative to today and each child's year
 * group follows from the date of birth. Imported once (the import skips plans already
 * maintained); only in the {@code demo} profile. Every name is invented.
 */
@Component
@Profile("demo")
class DemoPlans {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	/**
	 * The first plan's reference: if it was ever imported, the demo plans are there
	 * already.
	 */
	static final String FIRST = "EHC-2022-30001";

	private final PlanImport planImport;

	private final HistoryService historyService;

	private final Clock clock;

	DemoPlans(PlanImport planImport, HistoryService historyService, Clock clock) {
		this.planImport = planImport;
		this.historyService = historyService;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void importOnce() {
		if (historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey("ehcPlan")
			.processInstanceBusinessKey(FIRST)
			.count() > 0) {
			return;
		}
		PlanImport.Result result = planImport.importCsv(csv(LocalDate.now(clock)));
		log.info("Demo plans imported: {} created, {} skipped, {} problems", result.created().size(),
				result.skipped().size(), result.errors().size());
		result.errors()
			.forEach(error -> log.warn("Demo plan line {}: {} {}", error.line(), error.field(), error.message()));
	}

	/** The file, as a council would send it. */
	static String csv(LocalDate today) {
		List<String> lines = new ArrayList<>();
		lines.add(String.join(",", PlanImport.COLUMNS));
		Plans plans = new Plans(today, lines);
		// Transfer reviews: Year 6 at a primary school (by 14 February), Year 11 to
		// post-16 (by 30 March),
		// Year 2 at an infant school.
		plans.add("Oliver", "Bennett", "6", 2, "Meadow Lane Primary School", "PRIMARY", 10, 3);
		plans.add("Freya", "Marsh", "11", 5, "Westgate School", "SECONDARY", 40, 5);
		plans.add("Harry", "Fenwick", "2", 7, "St Anne's Infant School", "INFANT", 20, 2);
		plans.add("Poppy", "Sinclair", "6", 9, "Brookside Junior School", "JUNIOR", 30, 7);
		plans.add("Jacob", "Whitfield", "8", 4, "Hollybank Middle School", "MIDDLE", 36, 8);
		// Children under 5: a review target every 6 months (Code 9.178); the limit stays
		// 12 months.
		plans.add("Ivy", "Caldwell", "N1", 3, "Little Acorns Nursery", "EARLY_YEARS", 8, 4);
		plans.add("Arlo", "Pennington", "N2", 1, "Sunbeams Day Nursery", "EARLY_YEARS", 14, 5);
		plans.add("Rosie", "Albright", "R", 10, "Meadow Lane Primary School", "PRIMARY", 12, 2);
		// Reviews overdue: decided more than 12 months ago.
		plans.add("Theo", "Ramsay", "9", 6, "Oakfield Academy", "SECONDARY", 30, 13);
		plans.add("Evie", "Lowther", "4", 2, "Riverside Primary School", "PRIMARY", 26, 14);
		plans.add("Finley", "Dacre", "13", 8, "Northgate Sixth Form College", "POST_16", 40, 15);
		// Reviews due soon: the review should be under way.
		plans.add("Daisy", "Holloway", "3", 11, "Riverside Primary School", "PRIMARY", 22, 10);
		plans.add("Reuben", "Ashby", "7", 5, "Hillcrest Academy", "SECONDARY", 30, 10);
		plans.add("Matilda", "Crane", "10", 3, "Westgate School", "SECONDARY", 50, 11);
		plans.add("Jude", "Farrow", "5", 9, "Greenfields Primary School", "PRIMARY", 24, 11);
		plans.add("Sienna", "Oakley", "12", 6, "Kingsmead School", "SECONDARY_WITH_SIXTH_FORM", 44, 9);
		// Recently reviewed: the next review is months away.
		plans.add("Alfie", "Brennan", "1", 4, "Greenfields Primary School", "PRIMARY", 15, 1);
		plans.add("Ella", "Whitmore", "3", 8, "Brookside Junior School", "JUNIOR", 28, 2);
		plans.add("George", "Tillman", "5", 1, "Hollybank First School", "FIRST", 26, 3);
		plans.add("Imogen", "Prescott", "7", 10, "Oakfield Academy", "SECONDARY", 34, 4);
		plans.add("Oscar", "Kendrick", "8", 2, "Hillcrest Academy", "SECONDARY", 38, 5);
		plans.add("Lily", "Garside", "9", 7, "Fairview Special School", "SPECIAL_SECONDARY", 60, 6);
		plans.add("Ezra", "Moorcroft", "10", 5, "Fairview Special School", "SPECIAL_SECONDARY", 70, 7);
		plans.add("Hallie", "Drummond", "4", 11, "St Anne's Junior School", "JUNIOR", 20, 8);
		plans.add("Louis", "Hartigan", "12", 3, "Northgate Sixth Form College", "POST_16", 52, 6);
		plans.add("Maisie", "Thornbury", "14", 9, "Northgate Sixth Form College", "POST_16", 80, 7);
		plans.add("Felix", "Ormerod", "2", 6, "Meadow Lane Primary School", "PRIMARY", 16, 9);
		plans.add("Aria", "Quinlan", "6", 4, "Cedar Park All-through School", "ALL_THROUGH", 40, 3);
		// Never reviewed: the first review counts from the plan.
		plans.add("Stanley", "Vickers", "3", 2, "Riverside Primary School", "PRIMARY", 5, -1);
		plans.add("Willow", "Hargreaves", "8", 7, "Hillcrest Academy", "SECONDARY", 9, -1);
		return String.join("\n", lines) + "\n";
	}

	/**
	 * Builds each line from the year group (the date of birth follows from it) and months
	 * ago.
	 */
	private static final class Plans {

		private final LocalDate today;

		private final List<String> lines;

		private int number = 30000;

		Plans(LocalDate today, List<String> lines) {
			this.today = today;
			this.lines = lines;
		}

		/**
		 * @param bornMonthOffset 1 to 11: how many months after the start of the school
		 * year's cohort the child was born
		 * @param issuedMonthsAgo when the plan was issued
		 * @param reviewedMonthsAgo when it was last reviewed, or negative if never
		 */
		void add(String firstName, String lastName, String yearGroup, int bornMonthOffset, String setting,
				String settingType, int issuedMonthsAgo, int reviewedMonthsAgo) {
			int index = AcademicCalendar.YEAR_GROUPS.indexOf(yearGroup) - AcademicCalendar.YEAR_GROUPS.indexOf("R");
			LocalDate born = AcademicCalendar.academicYearStart(today)
				.minusYears(index + 5L)
				.plusMonths(bornMonthOffset);
			LocalDate issued = today.minusMonths(issuedMonthsAgo);
			if (issued.isBefore(born)) {
				issued = born.plusMonths(6);
			}
			String reviewed = reviewedMonthsAgo < 0 ? "" : today.minusMonths(reviewedMonthsAgo).minusDays(3).toString();
			number++;
			lines.add(String.join(",", "EHC-2022-" + number, firstName, lastName, born.toString(),
					AcademicCalendar.yearGroupOn(born, today), issued.toString(), reviewed, setting, settingType,
					"caseworker"));
		}

	}

}
