package org.ehcflow.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The advice-giver directory: {@code /api/advice-services} and the page
 * {@code /admin/advice-services} are for administrators only; what breaks a rule is named
 * field by field, a CSV file line by line, and a file with any bad line changes nothing.
 */
@SpringBootTest(properties = "ehcflow.advice-contacts.SENSORY=sensory-config@council.example.org")
@AutoConfigureMockMvc
class AdviceDirectoryApiTests {

	static final String SERVICES = "/api/advice-services";

	@Autowired
	MockMvc mvc;

	@Autowired
	AdviceDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void anEmptyDirectory() {
		jdbc.update("delete from advice_contact");
		jdbc.update("delete from advice_service");
	}

	@Nested
	class ForAnAdministrator {

		@Test
		void putsAServiceWithItsPeopleAndListsIt() throws Exception {
			mvc.perform(put(SERVICES + "/PSYCHOLOGICAL").with(httpBasic("demo", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Educational Psychology Service", "intakeEmail": "eps@council.example.org",
						 "managerEmail": "principal-ep@council.example.org",
						 "contacts": [{"name": "Dr Robin Ashworth", "email": "r.ashworth@council.example.org",
						               "role": "Principal educational psychologist"}]}"""))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.code").value("PSYCHOLOGICAL"))
				.andExpect(jsonPath("$.active").value(true))
				.andExpect(jsonPath("$.updatedBy").value("demo"))
				.andExpect(jsonPath("$.contacts[0].email").value("r.ashworth@council.example.org"));

			mvc.perform(get(SERVICES).with(httpBasic("demo", "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].intakeEmail").value("eps@council.example.org"))
				.andExpect(jsonPath("$[0].managerEmail").value("principal-ep@council.example.org"));
		}

		@Test
		void namesEveryFieldThatBreaksARuleAndSavesNothing() throws Exception {
			mvc.perform(put(SERVICES + "/MEDICAL").with(httpBasic("demo", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": " ", "intakeEmail": "not an address", "managerEmail": "manager@",
						 "contacts": [{"name": "", "email": "x"}]}"""))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("is required")))
				.andExpect(jsonPath("$.errors[?(@.field == 'intakeEmail')].message")
					.value(hasItem("must be an email address")))
				.andExpect(jsonPath("$.errors[?(@.field == 'managerEmail')].message")
					.value(hasItem("must be an email address")))
				.andExpect(jsonPath("$.errors[?(@.field == 'contacts[0].name')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'contacts[0].email')]").exists());
			assertThat(directory.services()).isEmpty();
		}

		@Test
		void refusesTheCasesOwnAddressesAndUnknownServices() throws Exception {
			for (String code : new String[] { "PARENT", "DENTAL" }) {
				mvc.perform(put(SERVICES + "/" + code).with(httpBasic("demo", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\": \"Someone\", \"intakeEmail\": \"someone@example.org\"}"))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[0].field").value("code"));
			}
			assertThat(directory.services()).isEmpty();
		}

		@Test
		void importsACsvFileOfServices() throws Exception {
			mvc.perform(post(SERVICES + "/import").with(httpBasic("demo", "demo")).contentType("text/csv").content("""
					code,name,intake_email,manager_email,active
					MEDICAL,Designated Clinical Officer,dco@health.example.org,dco-manager@health.example.org,true
					social_care,"Children with Disabilities, social care",cwd@council.example.org,,false
					""")).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));

			assertThat(directory.services()).extracting(entry -> entry.service())
				.containsExactly(
						new AdviceDirectory.Service("MEDICAL", "Designated Clinical Officer", "dco@health.example.org",
								"dco-manager@health.example.org", true),
						new AdviceDirectory.Service("SOCIAL_CARE", "Children with Disabilities, social care",
								"cwd@council.example.org", null, false));
		}

		@Test
		void namesEachBadLineOfACsvFileAndImportsNoneOfIt() throws Exception {
			mvc.perform(post(SERVICES + "/import").with(httpBasic("demo", "demo")).contentType("text/csv").content("""
					code,name,intake_email,manager_email,active
					MEDICAL,Designated Clinical Officer,dco@health.example.org,,true
					PSYCHOLOGICAL,Educational Psychology Service,eps at council,,true
					PARENT,Parents,parents@example.org,,true
					SENSORY,,sensory@example.org,,maybe
					MEDICAL,Designated Clinical Officer again,dco2@health.example.org,,true
					"""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("line 3: intake_email")))
				.andExpect(jsonPath("$.errors[?(@.field == 'line 3: intake_email')].message")
					.value(hasItem("must be an email address")))
				.andExpect(jsonPath("$.errors[?(@.field == 'line 4: code')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'line 5: name')].message").value(hasItem("is required")))
				.andExpect(jsonPath("$.errors[?(@.field == 'line 5: active')].message")
					.value(hasItem("must be true or false")))
				.andExpect(jsonPath("$.errors[?(@.field == 'line 6: code')].message")
					.value(hasItem("MEDICAL is already on line 2")))
				.andExpect(jsonPath("$.errors[?(@.field =~ /line 2.*/)]").isEmpty());
			assertThat(directory.services()).as("all or nothing: not even the good line 2").isEmpty();
		}

		@Test
		void refusesAFileWithTheWrongColumnsOrSentAsSomethingElse() throws Exception {
			mvc.perform(post(SERVICES + "/import").with(httpBasic("demo", "demo"))
				.contentType("text/csv")
				.content("code,name,email\nMEDICAL,DCO,dco@health.example.org\n"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("line 1"));
			mvc.perform(post(SERVICES + "/import").with(httpBasic("demo", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("[]"))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(jsonPath("$.detail", containsString("text/csv")));
			assertThat(directory.services()).isEmpty();
		}

	}

	@Nested
	class ForEveryoneElse {

		@Test
		void aCaseworkerIsRefused() throws Exception {
			mvc.perform(get(SERVICES).with(httpBasic("caseworker", "caseworker")))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.title").value("Forbidden"));
			mvc.perform(put(SERVICES + "/MEDICAL").with(httpBasic("caseworker", "caseworker"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"DCO\", \"intakeEmail\": \"dco@health.example.org\"}"))
				.andExpect(status().isForbidden());
			mvc.perform(post(SERVICES + "/import").with(httpBasic("manager", "manager"))
				.contentType("text/csv")
				.content("code,name,intake_email,manager_email,active\nMEDICAL,DCO,dco@health.example.org,,true\n"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/admin/advice-services").with(httpBasic("caseworker", "caseworker")))
				.andExpect(status().isForbidden());
			assertThat(directory.services()).isEmpty();
		}

		@Test
		void someoneNotSignedInIsAskedToSignIn() throws Exception {
			mvc.perform(get(SERVICES)).andExpect(status().isUnauthorized());
			mvc.perform(get("/admin/advice-services")).andExpect(status().isUnauthorized());
		}

	}

	@Nested
	class TheAdminPage {

		@Test
		void listsEveryServiceWithWhereItsRequestsGo() throws Exception {
			directory.save(new AdviceDirectory.Service("MEDICAL", "Designated Clinical Officer",
					"dco@health.example.org", null, true), null, "demo");

			mvc.perform(get("/admin/advice-services").with(httpBasic("demo", "demo")))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("Designated Clinical Officer")))
				.andExpect(content().string(containsString("dco@health.example.org")))
				.andExpect(content().string(containsString("requests go to sensory-config@council.example.org")))
				.andExpect(content().string(containsString("name=\"_csrf\"")))
				.andExpect(content().string(containsString("action=\"/admin/advice-services/PSYCHOLOGICAL\"")));
		}

		@Test
		void savesOneServiceFromItsForm() throws Exception {
			mvc.perform(post("/admin/advice-services/PSYCHOLOGICAL").with(httpBasic("demo", "demo"))
				.with(csrf())
				.param("name", "Educational Psychology Service")
				.param("intakeEmail", "eps@council.example.org")
				.param("managerEmail", "")
				.param("active", "true"))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/advice-services"));

			assertThat(directory.service("PSYCHOLOGICAL")).hasValueSatisfying(entry -> {
				assertThat(entry.service()).isEqualTo(new AdviceDirectory.Service("PSYCHOLOGICAL",
						"Educational Psychology Service", "eps@council.example.org", null, true));
				assertThat(entry.updatedBy()).isEqualTo("demo");
			});
		}

		@Test
		void showsWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
			mvc.perform(post("/admin/advice-services/SENSORY").with(httpBasic("demo", "demo"))
				.with(csrf())
				.param("name", "Sensory Support Service")
				.param("intakeEmail", "sensory at council"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Intake email must be an email address")))
				.andExpect(content().string(containsString("value=\"sensory at council\"")));
			assertThat(directory.service("SENSORY")).isEmpty();
		}

		@Test
		void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
			mvc.perform(post("/admin/advice-services/PSYCHOLOGICAL").with(httpBasic("demo", "demo"))
				.param("name", "Educational Psychology Service")
				.param("intakeEmail", "eps@council.example.org")).andExpect(status().isForbidden());
			assertThat(directory.service("PSYCHOLOGICAL")).isEmpty();
		}

	}

}
