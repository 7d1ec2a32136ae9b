package org.ehcflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.ehcflow.advice.AdviceLinks;
import org.ehcflow.security.UserAccounts.UserAccount;
import org.ehcflow.support.ProcessTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What each role can and cannot do, over real HTTP: the engine's REST API, our
 * {@code /api}, and the webapps' own API. One group of tests per role; each refusal is
 * tried, not assumed. Administrators are tried with a user who is in
 * {@code camunda-admin} only (the demo user is in every group).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RoleAccessTests {

	static final String ADMIN = "itadmin";

	static final String ADMIN_PASSWORD = "itadmin-password-1";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	IdentityService identityService;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AdviceLinks links;

	@Autowired
	JdbcTemplate jdbc;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void anAdministratorOnlyAdministrator() {
		accounts.ensureUser(new UserAccount(ADMIN, "Ida", "Admin", "itadmin@ehcflow.invalid"), ADMIN_PASSWORD,
				Groups.ADMINS);
		today("2026-03-02");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	// --- cases to work on, made through the engine itself (no user: no authorization
	// checks) -----

	ProcessInstance aNewCase() {
		today("2026-03-02");
		return runtimeService.createProcessInstanceByKey("ehcNeedsAssessment")
			.setVariables(ProcessTestSupport.request("2026-03-02"))
			.execute();
	}

	/**
	 * A case whose views are gathered: the panel's "Decide whether to assess" is open.
	 */
	ProcessInstance aCaseWaitingForThePanel() {
		ProcessInstance instance = aNewCase();
		today("2026-03-03");
		taskService.complete(task(instance, "Task_GatherViews").getId(), gatheredViews());
		return instance;
	}

	String requestJson() {
		try {
			return json.writeValueAsString(ProcessTestSupport.request("2026-03-02"));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static Map<String, Object> gatheredViews() {
		return Map.of("familyNotifiedDate", "2026-03-03", "settingNotified", true, "healthNotified", true,
				"socialCareNotified", true, "familyViews", "Sam finds reading hard.");
	}

	static String gatheredViewsJson() {
		return """
				{"variables": {"familyNotifiedDate": {"value": "2026-03-03"}, "settingNotified": {"value": true},
				 "healthNotified": {"value": true}, "socialCareNotified": {"value": true},
				 "familyViews": {"value": "Sam finds reading hard."}}}""";
	}

	static String decisionToAssessJson() {
		return """
				{"variables": {"decisionToAssess": {"value": "ASSESS"}, "decisionToAssessDate": {"value": "2026-03-10"},
				 "decisionToAssessReasons": {"value": "Needs may call for special educational provision."},
				 "otherAdviceRequested": {"value": ""}}}""";
	}

	Task task(ProcessInstance instance, String key) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
	}

	String caseReference(ProcessInstance instance) {
		return runtimeService.createProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getBusinessKey();
	}

	JsonNode body(HttpResponse<String> response) {
		try {
			return json.readTree(response.body());
		}
		catch (Exception e) {
			throw new AssertionError("not JSON: " + response.body(), e);
		}
	}

	/** The apps a signed-in user may open, as the webapps themselves ask. */
	JsonNode authorizedApps(Caller browser) {
		return body(browser.get("/camunda/api/admin/auth/user/default")).get("authorizedApps");
	}

	Caller basic(String user) {
		return Caller.withBasic(port, user);
	}

	/**
	 * Process instances of a key that the caller can see through the engine's REST API.
	 */
	int visibleInstances(Caller caller, String processKey) {
		HttpResponse<String> answer = caller.get("/engine-rest/process-instance?processDefinitionKey=" + processKey);
		assertThat(answer.statusCode()).isEqualTo(200);
		return body(answer).size();
	}

	@Nested
	class TheRoleTable {

		@Autowired
		RoleAuthorizations roles;

		@Autowired
		AuthorizationService authorizationService;

		@Test
		void coversEveryProcessInProcesses() throws IOException {
			Pattern processId = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
			try (Stream<Path> models = Files.list(Path.of("processes"))) {
				List<String> keys = models.filter(model -> model.toString().endsWith(".bpmn")).flatMap(model -> {
					try {
						return processId.matcher(Files.readString(model)).results().map(match -> match.group(1));
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}).toList();
				assertThat(keys).isNotEmpty();
				assertThat(RoleAuthorizations.CASE_PROCESSES)
					.as("RoleAuthorizations.CASE_PROCESSES names every process in processes/ (add a new one's key there)")
					.containsAll(keys);
			}
		}

		/**
		 * Process tests drive the engine with no user set: no check applies to them, nor
		 * to the job executor.
		 */
		@Test
		void appliesOnlyWhenAUserIsSet() {
			ProcessInstance instance = aNewCase();
			assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isOne();
			identityService.setAuthentication("panel", List.of(Groups.PANEL));
			try {
				assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
			}
			finally {
				identityService.clearAuthentication();
			}
		}

		@Test
		void isSetUpOnceHoweverOftenItRuns() {
			long before = authorizationService.createAuthorizationQuery().count();
			roles.ensureRoleGrants();
			roles.ensureRoleGrants();
			assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(before);
		}

		@Test
		void putsBackAPermissionThatWasTakenAway() {
			Authorization tasklist = authorizationService.createAuthorizationQuery()
				.groupIdIn(Groups.CASEWORKERS)
				.resourceType(Resources.APPLICATION)
				.resourceId("tasklist")
				.singleResult();
			authorizationService.deleteAuthorization(tasklist.getId());
			assertThat(Caller.nobody(port).signIn("caseworker", "caseworker", "tasklist").statusCode())
				.isNotEqualTo(200);
			roles.ensureRoleGrants();
			assertThat(Caller.nobody(port).signIn("caseworker", "caseworker", "tasklist").statusCode()).isEqualTo(200);
		}

	}

	@Nested
	class Caseworkers {

		@Test
		void startACaseThroughOurApiAndTheEngines() {
			HttpResponse<String> viaApi = basic("caseworker").post("/api/assessments", requestJson());
			assertThat(viaApi.statusCode()).as(viaApi.body()).isEqualTo(201);
			assertThat(basic("caseworker").get("/engine-rest/process-definition/key/recordCaseChange").statusCode())
				.isEqualTo(200);
		}

		@Test
		void seeTheCaseItsTasksAndItsHistory() {
			ProcessInstance instance = aNewCase();
			String reference = caseReference(instance);
			Caller caseworker = basic("caseworker");
			assertThat(body(caseworker.get("/engine-rest/process-instance?businessKey=" + reference))).hasSize(1);
			assertThat(body(caseworker.get("/engine-rest/task?processInstanceBusinessKey=" + reference))).hasSize(1);
			assertThat(body(
					caseworker.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference)))
				.hasSize(1);
			assertThat(caseworker.get("/engine-rest/process-instance/" + instance.getId() + "/variables/caseReference")
				.statusCode()).isEqualTo(200);
			assertThat(caseworker.get("/api/cases/" + reference + "/timeline").statusCode()).isEqualTo(200);
		}

		@Test
		void claimAndCompleteTheirTeamsTask() {
			ProcessInstance instance = aNewCase();
			String taskId = task(instance, "Task_GatherViews").getId();
			today("2026-03-03");
			Caller caseworker = basic("caseworker");
			assertThat(caseworker.post("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"caseworker\"}")
				.statusCode()).isEqualTo(204);
			HttpResponse<String> completed = caseworker.post("/engine-rest/task/" + taskId + "/complete",
					gatheredViewsJson());
			assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
			assertThat(task(instance, "Task_DecideWhetherToAssess")).isNotNull();
		}

		@Test
		void cannotMakeThePanelsDecisionNorMoveADeadline() {
			ProcessInstance instance = aCaseWaitingForThePanel();
			String decision = task(instance, "Task_DecideWhetherToAssess").getId();
			Caller caseworker = basic("caseworker");
			assertThat(caseworker.post("/engine-rest/task/" + decision + "/claim", "{\"userId\": \"caseworker\"}")
				.statusCode()).isEqualTo(403);
			assertThat(
					caseworker.post("/engine-rest/task/" + decision + "/complete", decisionToAssessJson()).statusCode())
				.isEqualTo(403);
			assertThat(caseworker.post("/engine-rest/task/" + decision + "/assignee", "{\"userId\": \"caseworker\"}")
				.statusCode()).isEqualTo(403);
			HttpResponse<String> moved = caseworker.put("/engine-rest/task/" + decision,
					"{\"name\": \"Decide whether to assess\", \"due\": \"2027-01-01T00:00:00.000+0000\"}");
			assertThat(moved.statusCode()).isEqualTo(403);
			assertThat(task(instance, "Task_DecideWhetherToAssess")).isNotNull();
		}

		@Test
		void useTasklistButNotCockpitNorAdmin() {
			Caller browser = Caller.signedIn(port, "caseworker", "tasklist");
			assertThat(authorizedApps(browser)).extracting(JsonNode::asText)
				.contains("tasklist")
				.doesNotContain("cockpit", "admin");
			assertThat(Caller.nobody(port).signIn("caseworker", "caseworker", "cockpit").statusCode())
				.isNotEqualTo(200);
			assertThat(Caller.nobody(port).signIn("caseworker", "caseworker", "admin").statusCode()).isNotEqualTo(200);
		}

		@Test
		void cannotCreateFiltersUsersOrAuthorizations() {
			Caller caseworker = basic("caseworker");
			assertThat(caseworker
				.post("/engine-rest/filter/create", "{\"resourceType\": \"Task\", \"name\": \"Mine\", \"query\": {}}")
				.statusCode()).isEqualTo(403);
			assertThat(caseworker
				.post("/engine-rest/user/create",
						"{\"profile\": {\"id\": \"intruder\"}, \"credentials\": {\"password\": \"intruder-password\"}}")
				.statusCode()).isEqualTo(403);
			assertThat(caseworker.post("/engine-rest/authorization/create",
					"{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \"caseworker\", \"resourceType\": 0, \"resourceId\": \"*\"}")
				.statusCode()).isEqualTo(403);
			assertThat(caseworker.put("/engine-rest/group/send-panel/members/caseworker", "").statusCode())
				.isEqualTo(403);
		}

		@Test
		void seeNothingOfAProcessThatIsNotACase() {
			repositoryService.createDeployment()
				.addModelInstance("otherService.bpmn",
						Bpmn.createExecutableProcess("otherService")
							.camundaHistoryTimeToLive(1)
							.startEvent()
							.userTask("Task_Other")
							.camundaCandidateGroups("other-team")
							.endEvent()
							.done())
				.deploy();
			ProcessInstance other = runtimeService.startProcessInstanceByKey("otherService");
			Caller caseworker = basic("caseworker");
			assertThat(visibleInstances(caseworker, "otherService")).isZero();
			assertThat(body(caseworker.get("/engine-rest/task?processInstanceId=" + other.getId()))).isEmpty();
			assertThat(caseworker.post("/engine-rest/process-definition/key/otherService/start", "{}").statusCode())
				.isIn(403, 404);
			assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("otherService").count())
				.isOne();
		}

		@Test
		void cannotReachTheOperatorsEndpoints() {
			assertThat(basic("caseworker").get("/actuator/info").statusCode()).isEqualTo(403);
			assertThat(basic("caseworker").get("/actuator").statusCode()).isEqualTo(403);
		}

		@Test
		void cannotKeepTheAdviceGiverDirectory() {
			assertThat(basic("caseworker").get("/api/advice-services").statusCode()).isEqualTo(403);
		}

	}

	@Nested
	class ThePanel {

		@Test
		void seesAndMakesItsDecision() {
			ProcessInstance instance = aCaseWaitingForThePanel();
			String decision = task(instance, "Task_DecideWhetherToAssess").getId();
			today("2026-03-10");
			Caller panel = basic("panel");
			assertThat(body(panel.get("/engine-rest/task?candidateGroup=send-panel")))
				.extracting(t -> t.get("id").asText())
				.contains(decision);
			assertThat(panel.post("/engine-rest/task/" + decision + "/claim", "{\"userId\": \"panel\"}").statusCode())
				.isEqualTo(204);
			HttpResponse<String> decided = panel.post("/engine-rest/task/" + decision + "/complete",
					decisionToAssessJson());
			assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
			assertThat(runtimeService.createProcessInstanceQuery()
				.processDefinitionKey("adviceRequest")
				.processInstanceBusinessKey(caseReference(instance))
				.count()).isPositive();
		}

		@Test
		void cannotWorkTheCaseworkersTasks() {
			ProcessInstance instance = aNewCase();
			String views = task(instance, "Task_GatherViews").getId();
			Caller panel = basic("panel");
			// Refused, or not even there for them (a task they may not read is not
			// found).
			assertThat(panel.get("/engine-rest/task/" + views).statusCode()).isIn(403, 404);
			assertThat(panel.post("/engine-rest/task/" + views + "/complete", gatheredViewsJson()).statusCode())
				.isIn(403, 404);
			assertThat(task(instance, "Task_GatherViews")).isNotNull();
		}

		@Test
		void cannotStartACase() {
			Caller panel = basic("panel");
			assertThat(panel.post("/api/assessments", requestJson()).statusCode()).isEqualTo(403);
			assertThat(panel.post("/engine-rest/process-definition/key/ehcNeedsAssessment/start", "{}").statusCode())
				.isEqualTo(403);
		}

		@Test
		void usesTasklistOnly() {
			Caller browser = Caller.signedIn(port, "panel", "tasklist");
			assertThat(authorizedApps(browser)).extracting(JsonNode::asText)
				.contains("tasklist")
				.doesNotContain("cockpit", "admin");
			assertThat(Caller.nobody(port).signIn("panel", "panel", "cockpit").statusCode()).isNotEqualTo(200);
		}

	}

	@Nested
	class Managers {

		@Test
		void useTasklistAndCockpitButNotAdmin() {
			Caller cockpit = Caller.signedIn(port, "manager", "cockpit");
			assertThat(authorizedApps(cockpit)).extracting(JsonNode::asText)
				.contains("tasklist", "cockpit")
				.doesNotContain("admin");
			assertThat(cockpit.get("/camunda/api/engine/engine/default/process-definition?key=ehcNeedsAssessment")
				.statusCode()).isEqualTo(200);
			assertThat(Caller.nobody(port).signIn("manager", "manager", "admin").statusCode()).isNotEqualTo(200);
		}

		@Test
		void seeEveryCaseItsTasksAndHistory() {
			ProcessInstance instance = aCaseWaitingForThePanel();
			String reference = caseReference(instance);
			Caller manager = basic("manager");
			assertThat(body(manager.get("/engine-rest/process-instance?businessKey=" + reference))).hasSize(1);
			assertThat(body(manager.get("/engine-rest/task?processInstanceBusinessKey=" + reference))).hasSize(1);
			assertThat(body(manager.get("/engine-rest/history/task?processInstanceBusinessKey=" + reference)))
				.hasSize(2);
			assertThat(manager.get("/api/cases/" + reference + "/timeline").statusCode()).isEqualTo(200);
		}

		@Test
		void changeNothing() {
			ProcessInstance instance = aCaseWaitingForThePanel();
			String decision = task(instance, "Task_DecideWhetherToAssess").getId();
			Caller manager = basic("manager");
			assertThat(
					manager.post("/engine-rest/task/" + decision + "/claim", "{\"userId\": \"manager\"}").statusCode())
				.isEqualTo(403);
			assertThat(manager.post("/engine-rest/task/" + decision + "/complete", decisionToAssessJson()).statusCode())
				.isEqualTo(403);
			assertThat(manager
				.put("/engine-rest/process-instance/" + instance.getId() + "/variables/decideWhetherToAssessBy",
						"{\"value\": \"2027-01-01\"}")
				.statusCode()).isEqualTo(403);
			assertThat(manager.delete("/engine-rest/process-instance/" + instance.getId()).statusCode()).isEqualTo(403);
			assertThat(manager
				.post("/engine-rest/process-instance/" + instance.getId() + "/suspended", "{\"suspended\": true}")
				.statusCode()).isIn(403, 405);
			assertThat(manager
				.put("/engine-rest/process-instance/" + instance.getId() + "/suspended", "{\"suspended\": true}")
				.statusCode()).isEqualTo(403);
			assertThat(manager.post("/api/assessments", requestJson()).statusCode()).isEqualTo(403);
			assertThat(runtimeService.getVariable(instance.getId(), "decideWhetherToAssessBy")).isEqualTo("2026-04-13");
			assertThat(task(instance, "Task_DecideWhetherToAssess")).isNotNull();
		}

	}

	@Nested
	class Administrators {

		@Test
		void runAdminAndManageUsers() {
			Caller browser = Caller.nobody(port);
			assertThat(browser.signIn(ADMIN, ADMIN_PASSWORD, "admin").statusCode()).isEqualTo(200);
			assertThat(authorizedApps(browser)).extracting(JsonNode::asText).contains("admin", "cockpit", "tasklist");
			Caller admin = Caller.withBasic(port, ADMIN, ADMIN_PASSWORD);
			assertThat(body(admin.get("/engine-rest/user?memberOfGroup=send-caseworkers"))).isNotEmpty();
			assertThat(admin.get("/api/advice-services").statusCode()).isEqualTo(200);
			assertThat(admin.get("/actuator/info").statusCode()).isEqualTo(200);
		}

		@Test
		void createSharedFiltersWithTheCurrentUsersExpressions() {
			HttpResponse<String> created = Caller.withBasic(port, ADMIN, ADMIN_PASSWORD)
				.post("/engine-rest/filter/create", """
						{"resourceType": "Task", "name": "Claimed by me", "owner": "itadmin",
						 "query": {"assigneeExpression": "${currentUser()}"}}""");
			assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		}

	}

	@Nested
	class NobodySignedIn {

		@Test
		void isAskedForCredentialsByTheApis() {
			Caller nobody = Caller.nobody(port);
			for (String path : new String[] { "/engine-rest/task", "/engine-rest/engine", "/api/advice-services",
					"/api/cases/EHC-2026-00001/timeline", "/api/advice-submissions/1/document" }) {
				HttpResponse<String> answer = nobody.get(path);
				assertThat(answer.statusCode()).as(path).isEqualTo(401);
				assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path)
					.hasValue("Basic realm=\"EHC Flow\"");
			}
			assertThat(nobody.post("/api/assessments", requestJson()).statusCode()).isEqualTo(401);
			assertThat(nobody.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
			assertThat(nobody.get("/actuator/prometheus").statusCode()).isEqualTo(401);
			assertThat(nobody.get("/admin/advice-services").statusCode()).isEqualTo(401);
		}

		@Test
		void inABrowserIsSentToTheSignInPageAndNeverAskedForBasicCredentials() {
			Caller browser = Caller.nobody(port).header("Sec-Fetch-Mode", "navigate");
			HttpResponse<String> document = browser.get("/api/advice-submissions/1/document");
			assertThat(document.statusCode()).isEqualTo(302);
			assertThat(document.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith(SecurityConfiguration.SIGN_IN_PAGE));
			HttpResponse<String> fetch = Caller.nobody(port)
				.header("Sec-Fetch-Mode", "cors")
				.get("/api/advice-services");
			assertThat(fetch.statusCode()).isEqualTo(401);
			assertThat(fetch.headers().firstValue("WWW-Authenticate")).isEmpty();
		}

		@Test
		void reachesTheSignInPagesHealthAndThePortalOnly() {
			Caller nobody = Caller.nobody(port);
			assertThat(nobody.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
			assertThat(nobody.get("/").statusCode()).isEqualTo(302);
			assertThat(nobody.get("/error").statusCode()).isNotIn(401, 403);
			assertThat(nobody.get("/camunda/favicon.ico").statusCode()).isNotIn(401, 403);
			assertThat(nobody.get("/actuator/health").statusCode()).isEqualTo(200);
			assertThat(nobody.get("/advice/not-a-real-link").statusCode()).isEqualTo(404);
		}

		@Test
		void withAWrongPasswordGetsNothing() {
			accounts.ensureUser(new UserAccount("wrongpassword", "Wes", "Wrong", null), "the-right-password-1",
					Groups.CASEWORKERS);
			assertThat(
					Caller.withBasic(port, "wrongpassword", "a-wrong-password").get("/engine-rest/task").statusCode())
				.isEqualTo(401);
			assertThat(Caller.nobody(port).signIn("wrongpassword", "a-wrong-password", "tasklist").statusCode())
				.isNotEqualTo(200);
		}

	}

	@Nested
	class AnAdviceGiverWithALink {

		String link() {
			ProcessInstance instance = aCaseWaitingForThePanel();
			today("2026-03-10");
			taskService.complete(task(instance, "Task_DecideWhetherToAssess").getId(),
					Map.of("decisionToAssess", "ASSESS", "decisionToAssessDate", "2026-03-10",
							"decisionToAssessReasons", "Needs may call for special educational provision.",
							"otherAdviceRequested", ""));
			ProcessInstance request = runtimeService.createProcessInstanceQuery()
				.processDefinitionKey("adviceRequest")
				.processInstanceBusinessKey(caseReference(instance))
				.list()
				.get(0);
			return links.issue(request.getId(), request.getBusinessKey(),
					(String) runtimeService.getVariable(request.getId(), "adviceService"), "ep-intake@example.org",
					Instant.now().plus(30, ChronoUnit.DAYS));
		}

		@Test
		void opensTheirRequestAndNothingElse() {
			String token = link();
			Caller adviceGiver = Caller.nobody(port);
			HttpResponse<String> page = adviceGiver.get("/advice/" + token);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(adviceGiver.get("/api/advice-submissions/1/document").statusCode()).isEqualTo(401);
			assertThat(adviceGiver.get("/engine-rest/task").statusCode()).isEqualTo(401);
			assertThat(adviceGiver.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
			assertThat(adviceGiver.get("/admin/advice-services").statusCode()).isEqualTo(401);
		}

	}

}
