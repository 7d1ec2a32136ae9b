package org.ehcflow.advice.portal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.ehcflow.advice.portal.AdviceSubmissions.StoredDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/advice-submissions/{id}/document}: the document an advice giver sent,
 * for the caseworker who checks it (the link in {@code Form_CheckSubmittedAdvice}).
 * Always a download, never shown inline. Each download is recorded in the case's audit
 * trail (who viewed its advice), told through {@link AdviceDocumentDownloaded}.
 */
@RestController
class AdviceSubmissionApi {

	private final AdviceSubmissions submissions;

	private final ApplicationEventPublisher events;

	AdviceSubmissionApi(AdviceSubmissions submissions, ApplicationEventPublisher events) {
		this.submissions = submissions;
		this.events = events;
	}

	@GetMapping("/api/advice-submissions/{id}/document")
	@PreAuthorize("hasAnyAuthority('GROUP_send-caseworkers', 'GROUP_send-managers', 'GROUP_camunda-admin')")
	ResponseEntity<byte[]> document(@PathVariable long id, Principal user) {
		StoredDocument document = submissions.document(id).orElseThrow(() -> {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"Advice submission " + id + " has no document.");
			problem.setTitle("Not found");
			return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
		});
		events.publishEvent(new AdviceDocumentDownloaded(document.caseReference(), user.getName(), id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(document.name()))
			.body(document.content());
	}

	/**
	 * A plain file name when it is plain ASCII; otherwise also the RFC 5987 form that
	 * browsers read.
	 */
	private static String attachment(String name) {
		ContentDisposition.Builder attachment = ContentDisposition.attachment();
		boolean ascii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
		return (ascii ? attachment.filename(name) : attachment.filename(name, StandardCharsets.UTF_8)).build()
			.toString();
	}

}
