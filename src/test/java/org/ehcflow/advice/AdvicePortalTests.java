package org.ehcflow.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.advice.PortalBrowser.Form;
import org.ehcflow.advice.PortalBrowser.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The advice portal over real HTTP, on real cases: an advice giver opens the link from
 * their email, sees whose advice is asked and by when, and answers once, without a
 * Camunda account.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AdvicePortalTests {

	static final int TEN_MB = 10 * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	@Autowired
	AdviceLinks links;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	AdviceRequests cases;

	PortalBrowser browser;

	ProcessInstance adviceRequest;

	String token;

	@BeforeEach
	void anEducationalPsychologistHasTheirLink() {
		cases = new AdviceRequests(runtimeService, taskService, managementService, links, clock);
		browser = new PortalBrowser(port);
		adviceRequest = cases.adviceRequested("PSYCHOLOGICAL");
		token = cases.linkTo(adviceRequest, Duration.ofDays(60));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	String caseReference() {
		return adviceRequest.getBusinessKey();
	}

	Object variable(String name) {
		HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(adviceRequest.getId())
			.variableName(name)
			.singleResult();
		return variable == null ? null : variable.getValue();
	}

	boolean waitsForAdvice() {
		return cases.task(adviceRequest, "Task_RecordAdvice") != null;
	}

	int submissions() {
		return jdbc.queryForObject("select count(*) from advice_submission where process_instance_id = ?",
				Integer.class, adviceRequest.getId());
	}

	List<String> events() {
		return jdbc.queryForList("select event from portal_event where process_instance_id = ? order by id",
				String.class, adviceRequest.getId());
	}

	/**
	 * Nothing was stored, the link still works and the request still waits for advice.
	 */
	void nothingWasStored() {
		assertThat(submissions()).isZero();
		assertThat(links.find(token).orElseThrow().isUsed()).isFalse();
		assertThat(waitsForAdvice()).isTrue();
	}

	@Nested
	class ThePage {

		@Test
		void showsTheCaseReferenceFirstNameAndDateOfBirthButNotTheLastName() {
			Page page = browser.get("/advice/" + token);

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.header("Content-Type")).startsWith("text/html");
			assertThat(page.body()).contains(caseReference(), "Sam", "14 May 2016")
				.contains("educational psychology", "SEND Regulations 2014 reg 6(1)(d)")
				.contains("Tuesday 21 April 2026")
				.contains("Here is my advice", "Existing advice applies", "We are not involved with this child")
				.doesNotContain("Example", "parent@example.org", "Riverside");
		}

		@Test
		void saysWhenTheDueDateHasPassed() {
			assertThat(browser.get("/advice/" + token).body()).doesNotContain("this date has passed");
			today("2026-04-22");

			assertThat(browser.get("/advice/" + token).body()).contains("Tuesday 21 April 2026",
					"this date has passed: please send it as soon as you can");
		}

		@Test
		void marksEachProblemNextToItsField() {
			Page refused = browser.submit(token, Form.of("outcome", "NEW_ADVICE", "adviceText", "See attached.")
				.file("document", "advice.pdf", "application/pdf", TestDocuments.executable()));

			assertThat(refused.body()).contains("<title>Error: Send your advice", "href=\"#document\"",
					"id=\"document-error\"", "aria-describedby=\"document-hint document-error\"");
		}

		@Test
		void keepsTheTokenOutOfReferrersCachesAndSearchEngines() {
			Page page = browser.get("/advice/" + token);

			assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
			assertThat(page.header("Cache-Control")).isEqualTo("no-store");
			assertThat(page.header("X-Robots-Tag")).contains("noindex");
			assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
		}

		@Test
		void needsNoLoginAndRecordsTheViewWithoutTheToken(CapturedOutput output) {
			Page page = browser.get("/advice/" + token);

			assertThat(page.status()).isEqualTo(200);
			assertThat(events()).containsExactly("VIEWED");
			assertThat(jdbc.queryForObject("select case_reference from portal_event where process_instance_id = ?",
					String.class, adviceRequest.getId()))
				.isEqualTo(caseReference());
			assertThat(output.getAll()).doesNotContain(token);
		}

	}

	@Nested
	class SendingAdvice {

		@Test
		void typedAdviceIsStoredAndMovesTheRequestOn(CapturedOutput output) {
			today("2026-04-01");
			Page received = browser.submit(token,
					Form.of("outcome", "NEW_ADVICE", "adviceText", "Sam needs help with reading.").noFile("document"));

			assertThat(received.status()).isEqualTo(200);
			assertThat(received.body()).contains("Advice received", caseReference(), "Wednesday 1 April 2026");
			Map<String, Object> row = jdbc.queryForMap(
					"select id, outcome, advice_text, document, submitted_via from advice_submission where process_instance_id = ?",
					adviceRequest.getId());
			assertThat(row).containsEntry("outcome", "NEW_ADVICE")
				.containsEntry("advice_text", "Sam needs help with reading.")
				.containsEntry("submitted_via", "PORTAL");
			assertThat(row.get("document")).isNull();
			assertThat(links.find(token).orElseThrow().isUsed()).isTrue();
			assertThat(waitsForAdvice()).isFalse();
			assertThat(cases.task(adviceRequest, "Task_CheckSubmittedAdvice")).isNotNull();
			assertThat(variable("adviceReceivedDate")).isEqualTo("2026-04-01");
			assertThat(variable("adviceOutcome")).isEqualTo("NEW_ADVICE");
			assertThat(variable("adviceSummary")).isEqualTo("Sam needs help with reading.");
			assertThat(variable("adviceSubmissionId")).isEqualTo(((Number) row.get("id")).longValue());
			assertThat(variable("adviceReceivedVia")).isEqualTo("PORTAL");
			assertThat(events()).containsExactly("VIEWED", "SUBMITTED");
			assertThat(output.getAll()).doesNotContain(token);
		}

		@Test
		void aPdfIsStoredAndCaseworkersAndManagersCanDownloadIt() {
			byte[] pdf = TestDocuments.pdf("Advice from the educational psychologist");
			Page received = browser.submit(token, Form.of("outcome", "NEW_ADVICE", "adviceText", "")
				.file("document", "EP advice.pdf", "application/pdf", pdf));

			assertThat(received.status()).isEqualTo(200);
			long id = jdbc.queryForObject("select id from advice_submission where process_instance_id = ?", Long.class,
					adviceRequest.getId());
			assertThat(variable("adviceSummary")).isEqualTo("The advice is in the attached document EP advice.pdf.");
			Page download = browser.getAs("caseworker", "/api/advice-submissions/" + id + "/document");
			assertThat(download.status()).isEqualTo(200);
			assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
			assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("EP advice.pdf");
			assertThat(download.content()).isEqualTo(pdf);
			assertThat(browser.getAs("manager", "/api/advice-submissions/" + id + "/document").status()).isEqualTo(200);
		}

		@Test
		void existingAdviceAppliesNeedsAReason() {
			Page refused = browser.submit(token,
					Form.of("outcome", "EXISTING_ADVICE_APPLIES", "existingAdviceReason", "  ").noFile("document"));

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body()).contains("There is a problem", "Tell us which advice still applies and why");
			nothingWasStored();

			Page received = browser.submit(
					token, Form
						.of("outcome", "EXISTING_ADVICE_APPLIES", "existingAdviceReason",
								"Our advice of 5 January 2026 still applies.")
						.noFile("document"));
			assertThat(received.status()).isEqualTo(200);
			assertThat(received.body()).contains("Reply received", caseReference());
			assertThat(variable("adviceOutcome")).isEqualTo("EXISTING_ADVICE_APPLIES");
			assertThat(variable("adviceSummary")).isEqualTo("Our advice of 5 January 2026 still applies.");
		}

		@Test
		void notInvolvedNeedsAReason() {
			Page refused = browser.submit(token, Form.of("outcome", "NOT_INVOLVED").noFile("document"));

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body()).contains("Tell us why you are not involved with this child");
			nothingWasStored();

			Page received = browser.submit(token,
					Form.of("outcome", "NOT_INVOLVED", "notInvolvedReason", "Sam is not known to our service.")
						.noFile("document"));
			assertThat(received.status()).isEqualTo(200);
			assertThat(variable("adviceOutcome")).isEqualTo("NOT_INVOLVED");
			assertThat(variable("adviceSummary")).isEqualTo("Sam is not known to our service.");
		}

		@Test
		void anAnswerWithNothingChosenOrNoAdviceIsRefusedAndWhatWasTypedIsKept() {
			Page nothingChosen = browser.submit(token,
					Form.of("adviceText", "Half-written <advice>").noFile("document"));
			assertThat(nothingChosen.status()).isEqualTo(400);
			assertThat(nothingChosen.body()).contains("Select what you are sending us", "Half-written &lt;advice&gt;");

			Page noAdvice = browser.submit(token, Form.of("outcome", "NEW_ADVICE").noFile("document"));
			assertThat(noAdvice.body()).contains("Write your advice or attach a document");

			Page tooLong = browser.submit(token,
					Form.of("outcome", "NEW_ADVICE", "adviceText", "x".repeat(4001)).noFile("document"));
			assertThat(tooLong.body()).contains("4,000 characters or fewer");
			nothingWasStored();
		}

		@Test
		void aSecondAnswerIsRefused() {
			String action = browser.get("/advice/" + token).formAction();
			Page first = browser.post(action,
					Form.of("outcome", "NEW_ADVICE", "adviceText", "First.").noFile("document"));
			assertThat(first.status()).isEqualTo(200);

			Page second = browser.post(action,
					Form.of("outcome", "NEW_ADVICE", "adviceText", "Second.").noFile("document"));
			Page pageAfterwards = browser.get("/advice/" + token);

			assertThat(second.status()).isEqualTo(410);
			assertThat(second.body()).contains("already received advice through this link")
				.doesNotContain(caseReference());
			assertThat(pageAfterwards.status()).isEqualTo(410);
			assertThat(pageAfterwards.body()).contains("already received advice through this link");
			assertThat(submissions()).isOne();
			assertThat(variable("adviceSummary")).isEqualTo("First.");
			assertThat(events()).containsExactly("VIEWED", "SUBMITTED", "REFUSED_USED", "REFUSED_USED");
		}

		@Test
		void ofTwoAnswersSentAtTheSameMomentOnlyOneIsStored() throws Exception {
			PortalBrowser otherTab = new PortalBrowser(port);
			String action = browser.get("/advice/" + token).formAction();
			String otherAction = otherTab.get("/advice/" + token).formAction();

			CompletableFuture<Page> first = CompletableFuture.supplyAsync(() -> browser.post(action,
					Form.of("outcome", "NEW_ADVICE", "adviceText", "From the first tab.").noFile("document")));
			CompletableFuture<Page> second = CompletableFuture.supplyAsync(() -> otherTab.post(otherAction,
					Form.of("outcome", "NEW_ADVICE", "adviceText", "From the second tab.").noFile("document")));

			assertThat(List.of(first.get(60, TimeUnit.SECONDS).status(), second.get(60, TimeUnit.SECONDS).status()))
				.containsExactlyInAnyOrder(200, 410);
			assertThat(submissions()).isOne();
			assertThat(jdbc.queryForObject("select advice_text from advice_submission where process_instance_id = ?",
					String.class, adviceRequest.getId()))
				.isEqualTo(variable("adviceSummary"));
		}

		@Test
		void anotherLinkToTheSameRequestStopsWorkingOnceAdviceIsIn() {
			String reminderLink = cases.linkTo(adviceRequest, Duration.ofDays(60));
			browser.submit(token, Form.of("outcome", "NEW_ADVICE", "adviceText", "Advice.").noFile("document"));

			Page page = browser.get("/advice/" + reminderLink);
			assertThat(page.status()).isEqualTo(410);
			assertThat(page.body()).contains("This link no longer works");
			assertThat(submissions()).isOne();
		}

		@Test
		void aFormSentWithoutItsCsrfTokenIsRefused() {
			browser.get("/advice/" + token);
			Page refused = browser.post("/advice/" + token,
					Form.of("outcome", "NEW_ADVICE", "adviceText", "Forged.").noFile("document"));

			assertThat(refused.status()).isEqualTo(403);
			nothingWasStored();
		}

		@Test
		void aFormSentAfterItsSessionEndedComesBackWithWhatWasTypedToSendAgain() {
			String action = browser.get("/advice/" + token).formAction();
			PortalBrowser sameComputerNextMorning = new PortalBrowser(port);

			Page refused = sameComputerNextMorning.post(action,
					Form.of("outcome", "NOT_INVOLVED", "notInvolvedReason", "Not known to us.").noFile("document"));
			assertThat(refused.status()).isEqualTo(403);
			assertThat(refused.body()).contains("nothing was sent yet", "Not known to us.", caseReference());
			nothingWasStored();

			Page received = sameComputerNextMorning.post(refused.formAction(), Form
				.of("outcome", "NOT_INVOLVED", "notInvolvedReason", "Not known to us.", "_csrf", refused.csrfField())
				.noFile("document"));
			assertThat(received.status()).isEqualTo(200);
			assertThat(submissions()).isOne();
		}

	}

	@Nested
	class Documents {

		@Test
		void aWordDocumentIsAccepted() {
			byte[] docx = TestDocuments.docx();
			Page received = browser.submit(token,
					Form.of("outcome", "NEW_ADVICE").file("document", "advice.docx", "application/octet-stream", docx));

			assertThat(received.status()).isEqualTo(200);
			Map<String, Object> row = jdbc.queryForMap(
					"select document_name, document_type, document_size from advice_submission where process_instance_id = ?",
					adviceRequest.getId());
			assertThat(row).containsEntry("document_name", "advice.docx")
				.containsEntry("document_type",
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document")
				.containsEntry("document_size", docx.length);
		}

		@Test
		void aProgramNamedLikeAPdfIsRefusedAndTheTextIsKept() {
			Page refused = browser.submit(token, Form.of("outcome", "NEW_ADVICE", "adviceText", "See the attached.")
				.file("document", "advice.pdf", "application/pdf", TestDocuments.executable()));

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body()).contains("is not a PDF or Word document, even though its name ends in .pdf",
					"See the attached.", "choose it again");
			nothingWasStored();
			assertThat(events()).containsExactly("VIEWED", "UPLOAD_REJECTED");
		}

		@Test
		void aFileOverTheLimitIsRefusedWithTheLimit() {
			Page refused = browser.submit(token, Form.of("outcome", "NEW_ADVICE", "adviceText", "Attached.")
				.file("document", "big.pdf", "application/pdf", TestDocuments.pdfOfSize(TEN_MB + 1)));

			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body()).contains("The selected file must be 10 MB or smaller", "Attached.");
			nothingWasStored();
		}

		@Test
		void aFileTooLargeToReceiveStillGetsThePortalsOwnPage() {
			Page refused = browser.submit(token, Form.of("outcome", "NEW_ADVICE", "adviceText", "Attached.")
				.file("document", "huge.pdf", "application/pdf", TestDocuments.pdfOfSize(TEN_MB + TEN_MB / 8)));

			assertThat(refused.status()).isEqualTo(413);
			assertThat(refused.body()).contains("The selected file must be 10 MB or smaller", "Send advice");
			nothingWasStored();
		}

		@Test
		void aDocumentIsOnlyForCaseworkersManagersAndAdministrators() {
			identityService.saveUser(visitor());
			browser.submit(token, Form.of("outcome", "NEW_ADVICE")
				.file("document", "advice.pdf", "application/pdf", TestDocuments.pdf("Advice")));
			long id = jdbc.queryForObject("select id from advice_submission where process_instance_id = ?", Long.class,
					adviceRequest.getId());
			String path = "/api/advice-submissions/" + id + "/document";

			assertThat(browser.get(path).status()).isEqualTo(401);
			assertThat(browser.getAs("visitor", path).status()).isEqualTo(403);
			assertThat(browser.getAs("panel", path).status()).isEqualTo(403);
			assertThat(browser.getAs("demo", path).status()).isEqualTo(200);
		}

		@Test
		void aSubmissionWithoutADocumentHasNoneToDownload() {
			browser.submit(token,
					Form.of("outcome", "NOT_INVOLVED", "notInvolvedReason", "Not known to us.").noFile("document"));
			long id = jdbc.queryForObject("select id from advice_submission where process_instance_id = ?", Long.class,
					adviceRequest.getId());

			Page none = browser.getAs("caseworker", "/api/advice-submissions/" + id + "/document");
			assertThat(none.status()).isEqualTo(404);
			assertThat(none.header("Content-Type")).contains("json");
			assertThat(browser.getAs("caseworker", "/api/advice-submissions/999999/document").status()).isEqualTo(404);
		}

		User visitor() {
			User visitor = identityService.newUser("visitor");
			visitor.setFirstName("Vic");
			visitor.setLastName("Visitor");
			visitor.setPassword("visitor");
			return visitor;
		}

	}

	@Nested
	class LinksThatNoLongerWork {

		@Test
		void anUnknownLinkSaysWhomToContactAndNothingElse() {
			Page page = browser.get("/advice/" + "A".repeat(43));

			assertThat(page.status()).isEqualTo(404);
			assertThat(page.body()).contains("This link does not work", "send-team@ehcflow.invalid")
				.doesNotContain("EHC-2026", "Sam", "<form");
			assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
			assertThat(jdbc.queryForList("select event from portal_event where case_reference is null", String.class))
				.contains("REFUSED_UNKNOWN");
		}

		@Test
		void aPathThatIsNoLinkGetsTheSamePage() {
			Page page = browser.get("/advice/" + token + "/more");

			assertThat(page.status()).isEqualTo(404);
			assertThat(page.body()).contains("This link does not work").doesNotContain(caseReference());
		}

		@Test
		void anExpiredLinkIsGone() {
			String expired = cases.linkTo(adviceRequest, Duration.ofDays(-1));

			Page page = browser.get("/advice/" + expired);
			assertThat(page.status()).isEqualTo(410);
			assertThat(page.body()).contains("This link no longer works", "send-team@ehcflow.invalid")
				.doesNotContain(caseReference(), "Sam");
			assertThat(events()).containsExactly("REFUSED_EXPIRED");
		}

		@Test
		void aLinkWhoseAdviceWasRecordedAnotherWayIsGone() {
			today("2026-04-01");
			taskService.complete(cases.task(adviceRequest, "Task_RecordAdvice").getId(), Map.of("adviceReceivedDate",
					"2026-04-01", "adviceOutcome", "NEW_ADVICE", "adviceSummary", "Received by post."));

			Page page = browser.get("/advice/" + token);
			assertThat(page.status()).isEqualTo(410);
			assertThat(page.body()).contains("This link no longer works").doesNotContain(caseReference());
			assertThat(events()).containsExactly("REFUSED_CLOSED");
		}

		@Test
		void aFormSentAfterTheLinkExpiredIsGoneAndNothingIsStored() {
			Page page = browser.get("/advice/" + token);
			today("2026-06-01");

			Page refused = browser.post(page.formAction(),
					Form.of("outcome", "NEW_ADVICE", "adviceText", "Late.").noFile("document"));
			assertThat(refused.status()).isEqualTo(410);
			assertThat(submissions()).isZero();
			assertThat(waitsForAdvice()).isTrue();
		}

	}

}
