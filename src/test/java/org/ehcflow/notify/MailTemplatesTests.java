package org.ehcflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ehcflow.common.EhcFlowProperties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mail templates: plain text as before, and for a template with an HTML version both, the
 * HTML escaping whatever it shows. Rendered with the advice emails' own model.
 */
class MailTemplatesTests {

	final MailTemplates templates = new MailTemplates(new EhcFlowProperties(ZoneId.of("Europe/London"), 7,
			URI.create("https://ehcflow.council.example.org/"), "send-team@council.example.org", "EHC"));

	static Map<String, Object> adviceModel() {
		Map<String, Object> model = new HashMap<>();
		model.put("caseReference", "EHC-2026-00042");
		model.put("adviceService", "PSYCHOLOGICAL");
		model.put("adviceServiceName", "educational psychology");
		model.put("serviceTeamName", "Educational <Psychology> & Co");
		model.put("adviceAsked", "psychological advice from an educational psychologist");
		model.put("regulation", "SEND Regulations 2014 reg 6(1)(d)");
		model.put("toParent", false);
		model.put("adviceRequestedDate", "2026-04-13");
		model.put("adviceDueBy", "2026-05-25");
		model.put("contactEmail", "send-team@council.example.org");
		model.put("adviceToken", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ");
		model.put("daysLeft", 14);
		model.put("daysLate", 7);
		model.put("adviceContact", "eps@council.example.org");
		model.put("adviceContactMissing", false);
		return model;
	}

	@Nested
	class AdviceEmails {

		@ParameterizedTest
		@ValueSource(strings = { "advice-request", "advice-reminder", "advice-escalation" })
		void haveATextAndAnHtmlVersionWithTheCaseReferenceAndTheDueDateButNoChildsName(String template) {
			RenderedEmail email = templates.render(template, "eps@council.example.org", adviceModel());

			assertThat(email.hasHtml()).isTrue();
			assertThat(email.subject()).contains("EHC-2026-00042").doesNotContain("Sam");
			assertThat(email.body()).contains("EHC-2026-00042")
				.contains("25 May 2026")
				.contains("reg 8(1)")
				.doesNotContain("[(")
				.doesNotContainPattern("th:[a-z]+=");
			assertThat(email.html()).startsWith("<!DOCTYPE html>")
				.contains("EHC-2026-00042")
				.contains("25 May 2026")
				.contains("Educational &lt;Psychology&gt; &amp; Co")
				.doesNotContain("<Psychology>")
				.doesNotContainPattern("\\sth:[a-z]");
		}

		@Test
		void theRequestAndTheReminderCarryThePersonalLink() {
			String link = "https://ehcflow.council.example.org/advice/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";
			for (String template : List.of("advice-request", "advice-reminder")) {
				RenderedEmail email = templates.render(template, "eps@council.example.org", adviceModel());
				assertThat(email.body()).contains(link);
				assertThat(email.html()).contains("href=\"" + link + "\"");
			}
			RenderedEmail reminder = templates.render("advice-reminder", "eps@council.example.org", adviceModel());
			assertThat(reminder.body()).contains("in 14 days");
		}

		@Test
		void theEscalationOfAdviceForAReviewSpeaksOfTheReviewAndReg20() {
			Map<String, Object> model = adviceModel();
			model.put("forReview", true);
			model.put("adviceFor", "EHC plan review");
			model.put("regulation", "SEND Regulations 2014 reg 20(4), 21(4)");
			RenderedEmail email = templates.render("advice-escalation", "manager@council.example.org", model);
			assertThat(email.subject()).contains("EHC plan review").doesNotContain("needs assessment");
			assertThat(email.body()).contains("reg 20(4), 21(4)")
				.contains("at least 2 weeks before the meeting")
				.doesNotContain("needs assessment")
				.doesNotContain("reg 8(1)")
				.doesNotContain("6 weeks");
			assertThat(email.html()).contains("reg 20(4), 21(4)")
				.doesNotContain("needs assessment")
				.doesNotContain("reg 8(1)");
		}

		@Test
		void theNoticeNotToAssessCountsTheRightsFromTheDayItWasSentIntoAugust() {
			Map<String, Object> model = adviceModel();
			model.put("decisionToAssessDate", "2026-06-09");
			model.put("noticeSentDate", "2026-06-10");
			String body = templates.render("decision-not-to-assess", "parent@example.org", model).body();
			// reg 33: 10 August 2026; HESC r20(1)(c) + r12: in August, so the first
			// working day after 31 August
			assertThat(body).contains("by 10 August 2026 (SEND Regulations 2014 reg 33)")
				.contains("that is by 1 September 2026")
				.contains("(Children and Families Act 2014 s55)");
		}

		@Test
		void theEscalationSaysHowLateAndCarriesNoLink() {
			RenderedEmail email = templates.render("advice-escalation", "manager@council.example.org", adviceModel());
			assertThat(email.subject()).startsWith("Advice 7 days late");
			assertThat(email.body()).contains("is now 7 days late")
				.contains("eps@council.example.org")
				.doesNotContain("/advice/");

			Map<String, Object> dueToday = adviceModel();
			dueToday.put("daysLate", 0);
			assertThat(templates.render("advice-escalation", "manager@council.example.org", dueToday).subject())
				.startsWith("Advice due today");
		}

		@Test
		void aParentIsAddressedAsAParent() {
			Map<String, Object> model = adviceModel();
			model.put("toParent", true);
			RenderedEmail email = templates.render("advice-request", "parent@example.org", model);
			assertThat(email.body()).startsWith("Dear parent or carer,");
			assertThat(email.html()).contains("Dear parent or carer,");
		}

	}

	@Nested
	class TextOnlyTemplates {

		@Test
		void stayPlainText() {
			RenderedEmail email = templates.render("deadline-reminder", "caseworker@council.example.org",
					Map.of("caseReference", "EHC-2026-00042", "stepTitle", "Decide whether to assess", "regulation",
							"reg 4(1)", "dueBy", "2026-04-13", "taskName", "Decide whether to assess"));
			assertThat(templates.hasHtml("deadline-reminder")).isFalse();
			assertThat(email.hasHtml()).isFalse();
			assertThat(email.html()).isNull();
			assertThat(email.subject())
				.isEqualTo("Case EHC-2026-00042: Decide whether to assess is due by 13 April 2026");
			assertThat(email.body()).contains("The statutory deadline for \"Decide whether to assess\"");
		}

		@Test
		void theWeek16ReminderSpeaksOfAMilestoneThatBindsOnlyADecisionNotToIssue() {
			RenderedEmail email = templates.render("deadline-reminder", "panel@council.example.org",
					Map.of("caseReference", "EHC-2026-00042", "stepTitle", "Decide whether to issue a plan",
							"regulation", "SEND Regulations 2014 reg 10(1)", "dueBy", "2026-06-22", "taskName",
							"Decide whether to issue an EHC plan", "milestone", true));
			assertThat(email.subject()).isEqualTo(
					"Case EHC-2026-00042: the 16-week milestone for \"Decide whether to issue a plan\" is 22 June 2026");
			assertThat(email.body())
				.contains("A decision not to issue an EHC plan must be notified to the family by then "
						+ "(SEND Regulations 2014 reg 10(1))", "final plan is due by week 20")
				.doesNotContain("deadline");
		}

	}

	@Nested
	class TheDropFolder {

		@Test
		void writesAnEmailWithAnHtmlVersionAsMultipartAlternative(@TempDir Path folder) throws Exception {
			new MailDropFolder(folder, Clock.systemUTC())
				.deliver(templates.render("advice-request", "eps@council.example.org", adviceModel()));

			List<Path> written = Files.list(folder).toList();
			assertThat(written).hasSize(1);
			String eml = Files.readString(written.get(0));
			assertThat(eml).contains("To: eps@council.example.org")
				.contains("Content-Type: multipart/alternative; boundary=")
				.contains("Content-Type: text/plain; charset=UTF-8")
				.contains("Content-Type: text/html; charset=UTF-8")
				.contains("https://ehcflow.council.example.org/advice/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ");
		}

		@Test
		void writesAPlainTextEmailAsBefore(@TempDir Path folder) throws Exception {
			new MailDropFolder(folder, Clock.systemUTC()).deliver(new RenderedEmail("send-team@council.example.org",
					"parent@example.org", "Case EHC-2026-00042", "Hello.\n"));

			String eml = Files.readString(Files.list(folder).toList().get(0));
			assertThat(eml).contains("Content-Type: text/plain; charset=UTF-8\n\nHello.").doesNotContain("multipart");
		}

	}

}
