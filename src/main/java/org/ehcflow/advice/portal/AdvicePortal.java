package org.ehcflow.advice.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.ehcflow.advice.AdviceLinks;
import org.ehcflow.advice.AdviceLinks.AdviceLink;
import org.ehcflow.advice.AdviceService;
import org.ehcflow.advice.portal.AdviceSubmissions.NewSubmission;
import org.ehcflow.advice.portal.AnswerRules.Checked;
import org.ehcflow.advice.portal.LinkRefused.Reason;
import org.ehcflow.advice.portal.PortalEvents.Event;
import org.ehcflow.common.FormCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The advice portal's work: opening a link's page and taking one submission. A submission
 * is one transaction, shared with the engine: the row in {@code advice_submission}, the
 * link marked used and the message {@code AdviceSubmitted} to the advice request all
 * happen, or none does.
 */
@Service
class AdvicePortal {

	/**
	 * The step of {@code adviceRequest} that waits for advice (docs/advice-process.md).
	 */
	static final String WAITING_STEP = "Task_RecordAdvice";

	static final String MESSAGE = "AdviceSubmitted";

	static final String VIA_PORTAL = "PORTAL";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final AdviceLinks links;

	private final AdviceSubmissions submissions;

	private final PortalEvents events;

	private final RuntimeService runtimeService;

	private final Clock clock;

	private final DataSize maxUploadSize;

	AdvicePortal(AdviceLinks links, AdviceSubmissions submissions, PortalEvents events, RuntimeService runtimeService,
			Clock clock, @Value("${ehcflow.advice.max-upload-size:10MB}") DataSize maxUploadSize) {
		this.links = links;
		this.submissions = submissions;
		this.events = events;
		this.runtimeService = runtimeService;
		this.clock = clock;
		this.maxUploadSize = maxUploadSize;
	}

	DataSize maxUploadSize() {
		return maxUploadSize;
	}

	/**
	 * The page of a link that can still be used; records that it was viewed.
	 * @throws LinkRefused for a link that is unknown, used, expired or whose request has
	 * closed
	 */
	public AdviceRequestPage open(String token) {
		AdviceLink link = usable(token);
		events.record(Event.VIEWED, link.caseReference(), link.processInstanceId());
		return pageOf(link);
	}

	/**
	 * The page of a usable link again, after an upload too large to read (recorded as
	 * rejected) or a form sent too late in its session (recorded as nothing).
	 */
	public AdviceRequestPage reopen(String token, boolean uploadRejected) {
		AdviceLink link = usable(token);
		if (uploadRejected) {
			events.record(Event.UPLOAD_REJECTED, link.caseReference(), link.processInstanceId());
		}
		return pageOf(link);
	}

	/**
	 * Takes one answer: checks the link again, then the answer; stores it, uses the link,
	 * and tells the advice request, all in this transaction.
	 * @throws LinkRefused when the link cannot be used, including when another submission
	 * used it first (this one is then rolled back)
	 */
	@Transactional
	public Submitted submit(String token, AdviceAnswer answer) {
		AdviceLink link = usable(token);
		Checked checked = AnswerRules.check(answer, maxUploadSize);
		if (!checked.isValid()) {
			if (checked.documentRejected()) {
				events.record(Event.UPLOAD_REJECTED, link.caseReference(), link.processInstanceId());
			}
			return new Submitted.Invalid(pageOf(link), checked.problems());
		}
		Instant now = Instant.now(clock);
		LocalDate today = LocalDate.now(clock);
		long submissionId = submissions.add(new NewSubmission(link.processInstanceId(), link.caseReference(),
				link.adviceService(), checked.outcome(), checked.text(), checked.document(), VIA_PORTAL, now));
		if (!links.use(link.id())) {
			throw refused(Reason.USED, link);
		}
		VariableMap variables = Variables.createVariables()
			.putValue("adviceReceivedDate", today.toString())
			.putValue("adviceOutcome", checked.outcome())
			.putValue("adviceSummary", summary(checked))
			.putValue("adviceSubmissionId", submissionId)
			.putValue("adviceReceivedVia", VIA_PORTAL);
		try {
			runtimeService.createMessageCorrelation(MESSAGE)
				.processInstanceId(link.processInstanceId())
				.setVariables(variables)
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException | OptimisticLockingException ex) {
			// The request stopped waiting between our check and now (a caseworker
			// recorded the advice).
			throw refused(Reason.CLOSED, link);
		}
		events.record(Event.SUBMITTED, link.caseReference(), link.processInstanceId());
		return new Submitted.Received(link.caseReference(), today.format(DAY), checked.outcome());
	}

	/** The link of a token if it can take advice now; otherwise the refusal, recorded. */
	private AdviceLink usable(String token) {
		AdviceLink link = links.find(token).orElse(null);
		if (link == null) {
			events.recordOnItsOwn(Event.REFUSED_UNKNOWN, null, null);
			throw new LinkRefused(Reason.UNKNOWN);
		}
		if (link.isUsed()) {
			throw refused(Reason.USED, link);
		}
		if (link.isExpiredAt(Instant.now(clock))) {
			throw refused(Reason.EXPIRED, link);
		}
		if (runtimeService.createExecutionQuery()
			.processInstanceId(link.processInstanceId())
			.activityId(WAITING_STEP)
			.count() == 0) {
			throw refused(Reason.CLOSED, link);
		}
		return link;
	}

	private LinkRefused refused(Reason reason, AdviceLink link) {
		events.recordOnItsOwn(Event.valueOf("REFUSED_" + reason.name()), link.caseReference(),
				link.processInstanceId());
		return new LinkRefused(reason);
	}

	private AdviceRequestPage pageOf(AdviceLink link) {
		Map<String, Object> variables = runtimeService.getVariables(link.processInstanceId(),
				List.of("childFirstName", "childDateOfBirth", "adviceDueBy", "adviceFor"));
		LocalDate dueBy = date(variables.get("adviceDueBy"));
		LocalDate born = date(variables.get("childDateOfBirth"));
		AdviceService service = Arrays.stream(AdviceService.values())
			.filter(each -> each.name().equals(link.adviceService()))
			.findFirst()
			.orElse(AdviceService.OTHER);
		return new AdviceRequestPage(link.caseReference(), text(variables.get("childFirstName")),
				born == null ? "" : FormCheck.human(born), service.displayName(), service.regulation(),
				dueBy == null ? "" : dueBy.format(DAY), dueBy != null && LocalDate.now(clock).isAfter(dueBy),
				"REVIEW".equals(variables.get("adviceFor")));
	}

	/**
	 * What the caseworker reads in Tasklist: the advice or the reason, or where the
	 * advice is.
	 */
	private static String summary(Checked checked) {
		if (!checked.text().isEmpty()) {
			return checked.text();
		}
		return "The advice is in the attached document " + checked.document().name() + ".";
	}

	private static LocalDate date(Object value) {
		return org.ehcflow.common.Variables.parseDateOrNull(value);
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	/** The result of a submission that was not refused. */
	sealed interface Submitted {

		/** Stored and passed to the advice request. */
		record Received(String caseReference, String receivedOn, String outcome) implements Submitted {
		}

		/** Not stored: the form is shown again with each field's problem. */
		record Invalid(AdviceRequestPage page, Map<String, String> problems) implements Submitted {
		}

	}

}
