package org.ehcflow.review;

import static org.assertj.core.api.Assertions.assertThat;
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
 * {@code POST /api/plans/import} and the page {@code /plans/import}: a good file starts one plan a
 * line with its next review; bad lines are named by line and column and start nothing; the same
 * file again creates no duplicates; an overdue review is flagged at once; 1,000 lines in one
 * request.
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
			String csv = HEADER + first + ",Ava,Example,2016-05-14,4,2025-01-15,2026-01-20,Riverside Primary School,PRIMARY,caseworker\n"
					+ second + ",Noah,Sample,2023-06-01,N1,2026-01-12,,Little Acorns Nursery,EARLY_YEARS,\n";

			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created", hasSize(2)))
				.andExpect(jsonPath("$.created[0].line").value(2))
				.andExpect(jsonPath("$.created[0].caseReference").value(first))
				.andExpect(jsonPath("$.created[0].annualReviewDecisionBy").value("2027-01-19"))
				.andExpect(jsonPath("$.created[0].reviewReason").value("ANNUAL"))
				// Under 5: the statutory 12 months (CFA s44(1)) stay the decision date; 6 months is a target.
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
			String csv = HEADER + reference + ",Ava,Example,2016-05-14,Y4,2025-01-15,2026-01-20,Riverside Primary School,primary,\n"
					+ reference + ",Ava,Example,2016-05-14,4,2025-01-15,2026-01-20,Riverside Primary School,PRIMARY,\n";

			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created", hasSize(1)))
				.andExpect(jsonPath("$.skipped[0].line").value(3))
				.andExpect(jsonPath("$.skipped[0].reason").value("the same case reference is already on line 2"));
			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created", hasSize(0)))
				.andExpect(jsonPath("$.skipped", hasSize(2)))
				.andExpect(jsonPath("$.skipped[0].reason").value("a plan with this case reference is already maintained"));
			assertThat(plans(reference)).isOne();
		}

		@Test
		void flagsAReviewAlreadyOverdueAtOnce() throws Exception {
			String reference = reference();
			String csv = HEADER + reference + ",Leo,Example,2014-01-20,7,2024-09-02,2025-01-10,Hillside Academy,SECONDARY,\n";

			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created[0].annualReviewDecisionBy").value("2026-01-09"))
				.andExpect(jsonPath("$.created[0].reviewOverdueOnImport").value(true))
				.andExpect(jsonPath("$.created[0].nextReviewStartsOn").value("2026-03-02"));
			String plan = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
			assertThat(runtimeService.getVariable(plan, "annualReviewDecisionBreachedDate")).isEqualTo("2026-03-02");
		}

	}

	@Nested
	class BadLines {

		@Test
		void areNamedByLineAndColumnAndStartNothing() throws Exception {
			String good = reference();
			String bad = reference();
			String csv = HEADER + bad + ",,Example,2016-13-01,Y15,2027-01-01,2024-01-01,School,ACADEMY,nobody\n"
					+ good + ",Ava,Example,2016-05-14,4,2025-01-15,,Riverside Primary School,PRIMARY,\n"
					+ "ehc 1,Mia,Example,2016-05-14,4,2025-01-15\n";

			mvc.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created", hasSize(1)))
				.andExpect(jsonPath("$.created[0].line").value(3))
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'childFirstName')].message").value("is required"))
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'childDateOfBirth')].message")
					.value("must be a date like 2026-03-02"))
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'nationalCurriculumYear')]").exists())
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'planIssuedDate')].message")
					.value("must not be in the future"))
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'settingType')]").exists())
				.andExpect(jsonPath("$.errors[?(@.line == 2 && @.field == 'caseworker')].message")
					.value("no EHC Flow user has the id nobody"))
				.andExpect(jsonPath("$.errors[?(@.line == 4 && @.field == 'row')].message").value("must have 10 values, has 6"));
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
				csv.append(prefix).append(String.format("%04d", i))
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
				.perform(post(IMPORT).with(httpBasic("caseworker", "caseworker")).contentType("text/csv").content(csv.toString()))
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
			MockMultipartFile file = new MockMultipartFile("file", "plans.csv", "text/csv", (HEADER + reference
					+ ",Ava,Example,2016-05-14,4,2025-01-15,,Riverside Primary School,PRIMARY,\n"
					+ "BAD-1,Ava,Example,2016-05-14,4,not a date,,School,PRIMARY,\n").getBytes(StandardCharsets.UTF_8));

			mvc.perform(multipart("/plans/import").file(file).with(httpBasic("caseworker", "caseworker")).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(reference)))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("2026-01-14")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("must be a date like 2026-03-02")));
			assertThat(plans(reference)).isOne();
		}

	}

}
