package org.ehcflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.support.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The two 2026 advisories against Camunda 7.24 CE, each attacked the way its report
 * describes, and each attack failing in EHC Flow.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ehcflow.admin.username=counciladmin", "ehcflow.admin.password=a-long-admin-secret-1" })
class SecurityAdvisoriesTests {

	static final String SETUP = "/camunda/api/admin/setup/default/user/create";

	static final String NEW_ADMIN = """
			{"profile": {"id": "intruder", "firstName": "In", "lastName": "Truder", "email": "i@example.org"},
			 "credentials": {"password": "intruder-password-1"}}""";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	FilterService filterService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ProcessEngineConfiguration engineConfiguration;

	@Autowired
	AdminBootstrap bootstrap;

	@Autowired
	UserAccounts accounts;

	@BeforeEach
	void onADay() {
		today("2026-03-02");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/**
	 * CVE-2026-77226: the Admin webapp creates an administrator for anyone while no user
	 * is directly in camunda-admin.
	 */
	@Nested
	class AdminSetupEndpoint {

		@Test
		void theConfiguredAdministratorIsADirectMemberAtStartUp() {
			assertThat(identityService.createUserQuery().memberOfGroup(Groups.ADMINS).userId("counciladmin").count())
				.isOne();
		}

		@Test
		void isClosedWhileAnAdministratorExists() {
			HttpResponse<String> answer = Caller.nobody(port).post(SETUP, NEW_ADMIN);
			assertThat(answer.statusCode()).isEqualTo(403);
			assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
		}

		@Test
		void staysClosedWhenNoUserIsDirectlyInTheAdminGroup() {
			List<User> admins = identityService.createUserQuery().memberOfGroup(Groups.ADMINS).list();
			admins.forEach(admin -> identityService.deleteMembership(admin.getId(), Groups.ADMINS));
			try {
				Caller attacker = Caller.nobody(port);
				attacker.get("/camunda/app/admin/default/");
				assertThat(attacker.post(SETUP, NEW_ADMIN).statusCode()).isEqualTo(403);
				assertThat(Caller.withBasic(port, "caseworker").post(SETUP, NEW_ADMIN).statusCode()).isEqualTo(403);
				assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
				assertThat(attacker.get("/camunda/app/admin/default/setup/").statusCode()).isEqualTo(403);

				// ... and EHC Flow does not run in that state: it stops at start-up with
				// a message.
				assertThatThrownBy(bootstrap::requireADirectAdministrator).isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("no user is a direct member of the group 'camunda-admin'");
				// The configured administrator is put back at the next start.
				bootstrap.createRoleGroupsAndFirstAdmin();
				assertThat(
						identityService.createUserQuery().memberOfGroup(Groups.ADMINS).userId("counciladmin").count())
					.isOne();
			}
			finally {
				admins.forEach(admin -> {
					if (identityService.createUserQuery()
						.userId(admin.getId())
						.memberOfGroup(Groups.ADMINS)
						.count() == 0) {
						identityService.createMembership(admin.getId(), Groups.ADMINS);
					}
				});
			}
		}

		@Test
		void isClosedEvenToAnAdministrator() {
			assertThat(
					Caller.withBasic(port, "counciladmin", "a-long-admin-secret-1").post(SETUP, NEW_ADMIN).statusCode())
				.isEqualTo(403);
		}

	}

	/**
	 * CVE-2026-109432: a signed-in user runs code through an expression in a task query's
	 * {@code orQueries}. The expression below would create a group through a Spring bean
	 * if it ran.
	 */
	@Nested
	class ExpressionsInTaskQueries {

		static final String CODE = "${userAccounts.ensureGroup('pwned', 'Pwned', 'WORKFLOW')}";

		boolean codeRan() {
			return identityService.createGroupQuery().groupId("pwned").count() > 0;
		}

		@Test
		void theEngineAllowsNoAdHocExpressions() {
			ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engineConfiguration;
			assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
			assertThat(configuration.isAuthorizationEnabled()).isTrue();
		}

		@Test
		void anOrQueryWithAnExpressionIsRefused() {
			HttpResponse<String> answer = Caller.withBasic(port, "caseworker")
				.post("/engine-rest/task", "{\"orQueries\": [{\"assigneeExpression\": \"" + CODE + "\"}]}");
			assertThat(answer.statusCode()).isEqualTo(400);
			assertThat(answer.body()).contains("Expressions are not allowed", "orQueries[0].assigneeExpression");
			// The advisory's own example: a date expression in an orQueries entry.
			assertThat(Caller.withBasic(port, "caseworker")
				.post("/engine-rest/task", "{\"orQueries\": [{\"dueAfterExpression\": \"" + CODE + "\"}]}")
				.statusCode()).isEqualTo(400);
			assertThat(codeRan()).isFalse();
		}

		@Test
		void soIsOneNestedDeeperOrInTheCount() {
			Caller caseworker = Caller.withBasic(port, "caseworker");
			assertThat(caseworker
				.post("/engine-rest/task",
						"{\"orQueries\": [{\"processVariables\": [], \"orQueries\": [{\"nameExpression\": \"" + CODE
								+ "\"}]}]}")
				.statusCode()).isEqualTo(400);
			assertThat(caseworker
				.post("/engine-rest/task/count", "{\"orQueries\": [{\"candidateGroupsExpression\": \"" + CODE + "\"}]}")
				.statusCode()).isEqualTo(400);
			assertThat(caseworker
				.post("/engine-rest/engine/default/task", "{\"orQueries\": [{\"ownerExpression\": \"" + CODE + "\"}]}")
				.statusCode()).isEqualTo(400);
			assertThat(codeRan()).isFalse();
		}

		@Test
		void soIsOneInTheQueryString() {
			Caller caseworker = Caller.withBasic(port, "caseworker");
			String code = URLEncoder.encode(CODE, StandardCharsets.UTF_8);
			assertThat(caseworker.get("/engine-rest/task?assigneeExpression=" + code).statusCode()).isEqualTo(400);
			assertThat(caseworker.get("/engine-rest/task/count?dueBeforeExpression=" + code).statusCode())
				.isEqualTo(400);
			assertThat(codeRan()).isFalse();
		}

		@Test
		void soIsOneThroughTheWebappsOwnApi() {
			Caller tasklist = Caller.signedIn(port, "caseworker", "tasklist");
			HttpResponse<String> answer = tasklist.post("/camunda/api/engine/engine/default/task",
					"{\"orQueries\": [{\"assigneeExpression\": \"" + CODE + "\"}]}");
			assertThat(answer.statusCode()).isEqualTo(400);
			String teamFilter = filterService.createFilterQuery()
				.filterName("My team's work, by deadline")
				.singleResult()
				.getId();
			assertThat(tasklist
				.post("/camunda/api/engine/engine/default/filter/" + teamFilter + "/list",
						"{\"orQueries\": [{\"assigneeExpression\": \"" + CODE + "\"}]}")
				.statusCode()).isEqualTo(400);
			assertThat(codeRan()).isFalse();
		}

		@Test
		void soIsOneExtendingAFilter() {
			String teamFilter = filterService.createFilterQuery()
				.filterName("My team's work, by deadline")
				.singleResult()
				.getId();
			Caller caseworker = Caller.withBasic(port, "caseworker");
			assertThat(caseworker
				.post("/engine-rest/filter/" + teamFilter + "/list",
						"{\"orQueries\": [{\"assigneeExpression\": \"" + CODE + "\"}]}")
				.statusCode()).isEqualTo(400);
			assertThat(caseworker
				.post("/engine-rest/filter/" + teamFilter + "/count", "{\"assigneeExpression\": \"" + CODE + "\"}")
				.statusCode()).isEqualTo(400);
			assertThat(codeRan()).isFalse();
		}

		@Test
		void anAdministratorsAdHocQueryIsRefusedToo() {
			assertThat(Caller.withBasic(port, "counciladmin", "a-long-admin-secret-1")
				.post("/engine-rest/task", "{\"orQueries\": [{\"assigneeExpression\": \"" + CODE + "\"}]}")
				.statusCode()).isEqualTo(400);
			assertThat(codeRan()).isFalse();
		}

		@Test
		void onlyAdministratorsCreateOrChangeFilters() {
			Caller caseworker = Caller.withBasic(port, "caseworker");
			assertThat(caseworker
				.post("/engine-rest/filter/create",
						"{\"resourceType\": \"Task\", \"name\": \"Mine\", \"query\": {\"assigneeExpression\": \"" + CODE
								+ "\"}}")
				.statusCode()).isEqualTo(400);
			assertThat(caseworker
				.post("/engine-rest/filter/create",
						"{\"resourceType\": \"Task\", \"name\": \"Mine\", \"query\": {\"assignee\": \"caseworker\"}}")
				.statusCode()).isEqualTo(403);
			String teamFilter = filterService.createFilterQuery()
				.filterName("My team's work, by deadline")
				.singleResult()
				.getId();
			assertThat(caseworker
				.put("/engine-rest/filter/" + teamFilter,
						"{\"resourceType\": \"Task\", \"name\": \"Everything\", \"query\": {}}")
				.statusCode()).isEqualTo(403);
			assertThat(codeRan()).isFalse();
		}

		@Test
		void theSharedFiltersStillWork() {
			runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
				.setVariables(ProcessTestSupport.request("2026-03-02"))
				.execute();
			String teamFilter = filterService.createFilterQuery()
				.filterName("My team's work, by deadline")
				.singleResult()
				.getId();
			HttpResponse<String> work = Caller.withBasic(port, "caseworker")
				.post("/engine-rest/filter/" + teamFilter + "/list", "{}");
			assertThat(work.statusCode()).as(work.body()).isEqualTo(200);
			assertThat(work.body()).contains("Gather views and tell health and social care");
			assertThat(Caller.withBasic(port, "panel").get("/engine-rest/filter/" + teamFilter).statusCode())
				.isEqualTo(200);
		}

	}

}
