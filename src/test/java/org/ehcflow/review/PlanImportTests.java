package org.ehcflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.ehcflow.support.ProcessTestSupport.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * {@code POST /api/plans/import} and the page {@code /plans/import}: a good file starts
 * one plan a line with its next review; bad lines are named by line and column and start
 * nothing; the same file again creates no duplicates; an overdue review is flagged at
 * once; 1,000 lines in one request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanImportTests {

	static final String IMPORT = "/api/plans/import";

	static final String HEADER = "caseReference,childFirstName,childLastName,childDateOfBirth,nationalCurriculumYear,"
			+ "planIssuedDate,lastReviewDecisionDate,settingName,settingType,caseworker\n";

	static final AtomicInteger NUMBERS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	RuntimeService runtimeService;

	@BeforeEach
	void onTheDayOfTheImport() {
		today("2026-03-02");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static String reference() {
		return "IMP-" + String.format("%05d", NUMBERS.incrementAndGet());
	}

	long plans(String reference) {
		return runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("ehcPlan")
			.processInstanceBusinessKey(reference)
			.count();
	}

	@Nested
	class AGoodFile {

		@Test
		void startsAPlanForEachLineWithItsNextReview() throws Exception {
			String first = reference();
			String second = reference();
			String csv = HEADER + first
					+ ",Ava,Example,2016-05-14,4,2025-01-15,2026-01-20,Riverside Primary School,PRIMARY,caseworker\n"
					+ second + ",Noah,Sample,2023-06-01,N1,2026-01-12,,Little Acorns Nursery,EARLY_YEARS,\n";

			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created", hasSize(2)))
				.andExpect(jsonPath("$.created[0].line").value(2))
				.andExpect(jsonPath("$.created[0].caseReference").value(first))
				.andExpect(jsonPath("$.created[0].annualReviewDecisionBy").value("2027-01-19"))
				.andExpect(jsonPath("$.created[0].reviewReason").value("ANNUAL"))
				// Under 5: the statutory 12 months (CFA s44(1)) stay the decision date; 6
				// months is a target.
				.andExpect(jsonPath("$.created[1].annualReviewDecisionBy").value("2027-01-11"))
				.andExpect(jsonPath("$.created[1].reviewReason").value("UNDER_FIVE"))
				.andExpect(jsonPath("$.skipped", hasSize(0)))
				.andExpect(jsonPath("$.errors", hasSize(0)));
			assertThat(plans(first)).isOne();
			assertThat(plans(second)).isOne();
		}

		@Test
		void importedAgainCreatesNoDuplicates() throws Exception {
			String reference = reference();
			String csv = HEADER + reference
					+ ",Ava,Example,2016-05-14,Y4,2025-01-15,2026-01-20,Riverside Primary School,primary,\n" + reference
					+ ",Ava,Example,2016-05-14,4,2025-01-15,2026-01-20,Riverside Primary School,PRIMARY,\n";

			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created", hasSize(1)))
				.andExpect(jsonPath("$.skipped[0].line").value(3))
				.andExpect(jsonPath("$.skipped[0].reason").value("the same case reference is already on line 2"));
			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created", hasSize(0)))
				.andExpect(jsonPath("$.skipped", hasSize(2)))
				.andExpect(
						jsonPath("$.skipped[0].reason").value("a plan with this case reference is already maintained"));
			assertThat(plans(reference)).isOne();
		}

		@Test
		void flagsAReviewAlreadyOverdueAtOnce() throws Exception {
			String reference = reference();
			String csv = HEADER + reference
					+ ",Leo,Example,2014-01-20,7,2024-09-02,2025-01-10,Hillside Academy,SECONDARY,\n";

			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created[0].annualReviewDecisionBy").value("2026-01-09"))
				.andExpect(jsonPath("$.created[0].reviewOverdueOnImport").value(true))
				.andExpect(jsonPath("$.created[0].nextReviewStartsOn").value("2026-03-02"));
			String plan = runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey(reference)
				.singleResult()
				.getId();
			assertThat(runtimeService.getVariable(plan, "annualReviewDecisionBreachedDate")).isEqualTo("2026-03-02");
		}

	}

	/**
	 * Every transfer year imported on Wednesday 2 December 2026 (academic year 2026/27,
	 * transfers in September 2027). Dates from the regulation: reg 18(1)(b) "before 15
	 * February" -> 14 Feb 2027, meeting 12 weeks before -> 22 Nov 2026 (passed, so the
	 * review starts today); reg 18(1)(a) "before 31st March" -> 30 Mar 2027, meeting by 5
	 * Jan 2027.
	 */
	@Nested
	class TransferYears {

		static final String HEADER_PREPARED = HEADER.replace("caseworker\n", "caseworker,phaseTransferPrepared\n");

		@BeforeEach
		void onWednesday2December2026() {
			today("2026-12-02");
		}

		@Test
		void aChildOfSchoolAgeAtASettingOfTypeOtherNeedsTheReasonAndIsOtherwiseRefusedWithNothingStarted()
				throws Exception {
			String refused = reference();
			String header = HEADER.replace("caseworker\n", "caseworker,settingTypeOtherReason\n");
			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker"))
				.contentType("text/csv")
				.content(header + refused + ",Fay,Four,2018-03-01,4,2026-06-01,,Home tuition,OTHER,,\n"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.created", hasSize(0)))
				.andExpect(jsonPath("$.errors[0].line").value(2))
				.andExpect(jsonPath("$.errors[0].field").value("settingType"))
				.andExpect(jsonPath("$.errors[0].message", containsString("settingTypeOtherReason")));
			assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(refused).count())
				.isZero();

			String accepted = reference();
			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker"))
				.contentType("text/csv")
				.content(header + accepted
						+ ",Fay,Four,2018-03-01,4,2026-06-01,,Home tuition,OTHER,,Educated at home by the council's tuition service\n"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.errors", hasSize(0)))
				.andExpect(jsonPath("$.created", hasSize(1)));
		}

		@Test
		void theSen2ExportGivesTheLastLawfulDaysOfTheTransfersImported() throws Exception {
			String six = reference();
			String eleven = reference();
			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker"))
				.contentType("text/csv")
				.content(HEADER + six + ",Sam,Six,2016-03-01,6,2026-06-01,,Meadow Lane Primary School,PRIMARY,\n"
						+ eleven + ",Eli,Eleven,2011-03-01,11,2026-06-01,,Westgate School,SECONDARY,\n"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created", hasSize(2)));

			String export = mvc.perform(get("/api/sen2/export?year=2027").with(httpBasic("manager", "manager")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			java.util.List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new java.io.StringReader(export))
				.getRecords();
			assertThat(rows).filteredOn(row -> row.get("CaseReference").equals(six))
				.singleElement()
				.satisfies(row -> assertThat(row.get("PhaseTransferDue")).isEqualTo("2027-02-14"));
			assertThat(rows).filteredOn(row -> row.get("CaseReference").equals(eleven))
				.singleElement()
				.satisfies(row -> assertThat(row.get("PhaseTransferDue")).isEqualTo("2027-03-30"));
		}

		@Test
		void eachTransferYearGetsItsReg18DateAndAYear2AtAPrimaryDoesNot() throws Exception {
			String[] refs = new String[10];
			for (int i = 0; i < refs.length; i++) {
				refs[i] = reference();
			}
			String csv = HEADER + refs[0] + ",Nia,N2,2023-03-01,N2,2026-06-01,,Sunbeams Nursery,EARLY_YEARS,\n"
					+ refs[1] + ",Ian,Infant,2020-03-01,2,2026-06-01,,St Anne's Infant School,INFANT,\n" + refs[2]
					+ ",Pia,Primary,2020-03-01,2,2026-06-01,,Meadow Lane Primary School,PRIMARY,\n" + refs[3]
					+ ",Fay,First,2018-03-01,4,2026-06-01,,Hollybank First School,FIRST,\n" + refs[4]
					+ ",Sam,Six,2016-03-01,6,2026-06-01,,Meadow Lane Primary School,PRIMARY,\n" + refs[5]
					+ ",Mo,Middle,2014-03-01,8,2026-06-01,,Hollybank Middle School,MIDDLE,\n" + refs[6]
					+ ",Eli,Eleven,2011-03-01,11,2026-06-01,,Westgate School,SECONDARY,\n" + refs[7]
					+ ",Sol,Special,2016-03-01,6,2026-06-01,,Fairview Primary Special School,SPECIAL_PRIMARY,\n"
					+ refs[8] + ",Una,Under5,2024-03-01,N1,2026-06-01,,Little Acorns Nursery,EARLY_YEARS,\n" + refs[9]
					+ ",Ove,Overdue,2013-03-01,9,2024-10-01,,Oakfield Academy,SECONDARY,\n";

			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.errors", hasSize(0)))
				.andExpect(jsonPath("$.created", hasSize(10)))
				.andExpect(jsonPath("$.created[0].phaseTransferPlanBy").value("2027-02-14"))
				// N2 is also under 5: the Code's 6-month target (30 Nov 2026) puts the
				// meeting earlier still.
				.andExpect(jsonPath("$.created[0].reviewMeetingBy").value("2026-11-02"))
				.andExpect(jsonPath("$.created[0].nextReviewStartsOn").value("2026-12-02"))
				.andExpect(jsonPath("$.created[0].reviewReason").value("PHASE_TRANSFER"))
				.andExpect(jsonPath("$.created[1].phaseTransferPlanBy").value("2027-02-14"))
				.andExpect(jsonPath("$.created[1].reviewMeetingBy").value("2026-11-22"))
				.andExpect(jsonPath("$.created[1].nextReviewStartsOn").value("2026-12-02"))
				.andExpect(jsonPath("$.created[2].phaseTransferPlanBy").doesNotExist())
				.andExpect(jsonPath("$.created[2].reviewReason").value("ANNUAL"))
				.andExpect(jsonPath("$.created[3].phaseTransferPlanBy").value("2027-02-14"))
				.andExpect(jsonPath("$.created[4].phaseTransferPlanBy").value("2027-02-14"))
				.andExpect(jsonPath("$.created[5].phaseTransferPlanBy").value("2027-02-14"))
				.andExpect(jsonPath("$.created[6].phaseTransferPlanBy").value("2027-03-30"))
				.andExpect(jsonPath("$.created[6].reviewMeetingBy").value("2027-01-05"))
				.andExpect(jsonPath("$.created[7].phaseTransferPlanBy").value("2027-02-14"))
				// Under 5: the statutory 12 months (CFA s44(1)) from 1 Jun 2026 -> 31 May
				// 2027.
				.andExpect(jsonPath("$.created[8].annualReviewDecisionBy").value("2027-05-31"))
				.andExpect(jsonPath("$.created[8].reviewReason").value("UNDER_FIVE"))
				// Issued 1 Oct 2024, never reviewed: due 30 Sep 2025, overdue on import.
				.andExpect(jsonPath("$.created[9].annualReviewDecisionBy").value("2025-09-30"))
				.andExpect(jsonPath("$.created[9].reviewOverdueOnImport").value(true));

			mvc.perform(get("/api/cases/" + refs[4] + "/timeline").with(httpBasic("caseworker", "caseworker")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.steps[?(@.step == 'phaseTransferPlan')].dueBy").value("2027-02-14"))
				.andExpect(jsonPath("$.steps[?(@.step == 'phaseTransferPlan')].status").value("OPEN"));
			mvc.perform(get("/api/cases/" + refs[8] + "/timeline").with(httpBasic("caseworker", "caseworker")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.steps[?(@.step == 'annualReviewDecision')].dueBy").value("2027-05-31"))
				.andExpect(jsonPath("$.steps[?(@.step == 'underFiveReviewTarget')].dueBy").value("2026-11-30"))
				.andExpect(jsonPath("$.steps[?(@.step == 'underFiveReviewTarget')].status").value("TARGET_PASSED"));
		}

		@Test
		void aTransferAlreadyPreparedIsRecordedDoneAndNotBroughtForward() throws Exception {
			String prepared = reference();
			String notPrepared = reference();
			String csv = HEADER_PREPARED + prepared
					+ ",Sam,Six,2016-03-01,6,2026-06-01,,Meadow Lane Primary School,PRIMARY,,true\n" + notPrepared
					+ ",Sue,Six,2016-03-01,6,2026-06-01,,Meadow Lane Primary School,PRIMARY,,false\n";

			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.errors", hasSize(0)))
				.andExpect(jsonPath("$.created[0].phaseTransferPlanBy").doesNotExist())
				.andExpect(jsonPath("$.created[0].reviewReason").value("ANNUAL"))
				.andExpect(jsonPath("$.created[1].phaseTransferPlanBy").value("2027-02-14"));
		}

		@Test
		void aYearGroupThatDoesNotFitTheDateOfBirthOrABadPreparedValueIsNamedAndStartsNothing() throws Exception {
			String wrongYear = reference();
			String badFlag = reference();
			String legacySpecial = reference();
			String csv = HEADER_PREPARED + wrongYear
					+ ",Sam,Six,2016-03-01,11,2026-06-01,,Meadow Lane Primary School,PRIMARY,,\n" + badFlag
					+ ",Sue,Six,2016-03-01,6,2026-06-01,,Meadow Lane Primary School,PRIMARY,,yes\n" + legacySpecial
					+ ",Lil,Nine,2013-03-01,9,2026-06-01,,Fairview Special School,SPECIAL,,\n";

			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created", hasSize(1)))
				.andExpect(jsonPath("$.created[0].caseReference").value(legacySpecial))
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'nationalCurriculumYear')].message")
					.value(org.hamcrest.Matchers
						.hasItem(org.hamcrest.Matchers.containsString("does not fit a child born on 1 March 2016"))))
				.andExpect(jsonPath("$.errors[?(@.line == 3 && @.field == 'phaseTransferPrepared')]").exists());
			assertThat(plans(wrongYear)).isZero();
			assertThat(plans(badFlag)).isZero();
			assertThat(runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey(legacySpecial)
				.singleResult())
				.satisfies(plan -> assertThat(runtimeService.getVariable(plan.getId(), "settingType"))
					.isEqualTo("SPECIAL_ALL_THROUGH"));
		}

	}

	@Nested
	class BadLines {

		@Test
		void areNamedByLineAndColumnAndStartNothing() throws Exception {
			String good = reference();
			String bad = reference();
			String csv = HEADER + bad + ",,Example,2016-13-01,Y15,2027-01-01,2024-01-01,School,ACADEMY,nobody\n" + good
					+ ",Ava,Example,2016-05-14,4,2025-01-15,,Riverside Primary School,PRIMARY,\n"
					+ "ehc 1,Mia,Example,2016-05-14,4,2025-01-15\n";

			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created", hasSize(1)))
				.andExpect(jsonPath("$.created[0].line").value(3))
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'childFirstName')].message")
					.value("is required"))
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'childDateOfBirth')].message")
					.value("must be a date like 2026-03-02"))
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'nationalCurriculumYear')]").exists())
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'planIssuedDate')].message")
					.value("must not be in the future"))
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'settingType')]").exists())
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'caseworker')].message")
					.value("no EHC Flow user has the id nobody"))
				.andExpect(jsonPath("$.errors[?(@.line == 4 && @.field == 'row')].message")
					.value("must have 10 values, has 6"));
			assertThat(plans(bad)).isZero();
			assertThat(plans(good)).isOne();
		}

		@Test
		void aFileWithAWrongHeaderIsRefusedWhole() throws Exception {
			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker"))
				.contentType("text/csv")
				.content("reference,name\nEHC-1,Ava\n"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].line").value(1))
				.andExpect(jsonPath("$.errors[0].field").value("header"));
		}

		@Test
		void aBodyThatIsNotCsvIsRefused() throws Exception {
			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().isUnsupportedMediaType());
		}

		@Test
		void onlyCaseworkersManagersAndAdministratorsMayImport() throws Exception {
			mvc.perform(post(IMPORT).contentType("text/csv").content(HEADER)).andExpect(status().isUnauthorized());
			mvc.perform(post(IMPORT).with(httpBasic("panel", "panel")).contentType("text/csv").content(HEADER))
				.andExpect(status().isForbidden());
		}

	}

	@Nested
	class AThousandLines {

		@Test
		void areImportedInOneRequest() throws Exception {
			StringBuilder csv = new StringBuilder(HEADER);
			String prefix = "BIG-" + NUMBERS.incrementAndGet() + "-";
			for (int i = 0; i < 1000; i++) {
				int year = 1 + i % 11;
				csv.append(prefix)
					.append(String.format("%04d", i))
					.append(",Child,Example,")
					.append(2020 - year)
					.append("-03-01,")
					.append(year)
					.append(",2024-0")
					.append(1 + i % 9)
					.append("-15,2025-0")
					.append(1 + i % 9)
					.append("-10,Some School,")
					.append(i % 3 == 0 ? "PRIMARY" : i % 3 == 1 ? "SECONDARY" : "SPECIAL")
					.append(",caseworker\n");
			}
			long started = System.nanoTime();
			MvcResult result = mvc
				.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker"))
					.contentType("text/csv")
					.content(csv.toString()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created", hasSize(1000)))
				.andExpect(jsonPath("$.errors", hasSize(0)))
				.andReturn();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			LoggerFactory.getLogger(PlanImportTests.class)
				.info("Imported 1,000 plans in one request in {} ms ({} bytes of answer)", took.toMillis(),
						result.getResponse().getContentAsString().length());
			System.out.println("PLAN IMPORT BENCHMARK: 1000 rows in " + took.toMillis() + " ms");
			assertThat(runtimeService.createProcessInstanceQuery()
				.processDefinitionKey("ehcPlan")
				.processInstanceBusinessKeyLike(prefix + "%")
				.count()).isEqualTo(1000);
			assertThat(took).isLessThan(Duration.ofMinutes(5));
		}

	}

	@Nested
	class ThePage {

		@Test
		void showsTheFormToACaseworker() throws Exception {
			mvc.perform(get("/plans/import").with(httpBasic("caseworker", "caseworker")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Import existing EHC plans")));
			mvc.perform(get("/plans/import").with(httpBasic("panel", "panel"))).andExpect(status().isForbidden());
		}

		@Test
		void showsEachLineOfAnUploadedFile() throws Exception {
			String reference = reference();
			MockMultipartFile file = new MockMultipartFile("file", "plans.csv", "text/csv",
					(HEADER + reference + ",Ava,Example,2016-05-14,4,2025-01-15,,Riverside Primary School,PRIMARY,\n"
							+ "BAD-1,Ava,Example,2016-05-14,4,not a date,,School,PRIMARY,\n")
						.getBytes(StandardCharsets.UTF_8));

			mvc.perform(multipart("/plans/import").file(file).with(httpBasic("caseworker", "caseworker")).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(reference)))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("2026-01-14")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("must be a date like 2026-03-02")));
			assertThat(plans(reference)).isOne();
		}

	}

}
