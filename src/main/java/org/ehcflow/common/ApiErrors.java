package org.ehcflow.common;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * How EHC Flow's own API ({@code /api}) says no: an RFC 7807 problem detail
 * ({@code application/problem+json}) in plain words, never a stack trace. A request that
 * breaks a rule gets 400 with {@code errors}, one {@code { "field", "message" }} per
 * problem; a body that is not a JSON object gets 400; a body not sent as JSON gets 415.
 * <p>
 * Limited to our own controllers, and ahead of Spring Boot's general problem-detail
 * handler, which still answers everything else (a wrong method, an unknown path).
 * Camunda's {@code /engine-rest} is not Spring MVC and keeps its own error format (see
 * {@link InvalidInputResponses}).
 */
@RestControllerAdvice(basePackages = "org.ehcflow")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	static final String INVALID_REQUEST = "Invalid request";

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/**
	 * A broken rule, found by our checks or by the engine's listeners: every problem at
	 * once.
	 */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException invalid) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, summary(invalid.problems()));
		problem.setTitle(INVALID_REQUEST);
		problem.setProperty("errors", invalid.problems());
		return ResponseEntity.of(problem).build();
	}

	/** A body that is empty, not JSON, or JSON but not an object. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, whyUnreadable(unreadable));
		problem.setTitle(INVALID_REQUEST);
		return ResponseEntity.of(problem).build();
	}

	/** A body sent as something other than JSON; the answer lists what is accepted. */
	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> notJson(HttpMediaTypeNotSupportedException unsupported) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Send the body as JSON, with the header Content-Type: application/json.");
		problem.setTitle("Unsupported media type");
		return ResponseEntity.of(problem).headers(unsupported.getHeaders()).build();
	}

	/** An answer our code has already worded, such as an unknown case (404). */
	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ProblemDetail> worded(ErrorResponseException worded) {
		return ResponseEntity.of(worded.getBody()).headers(worded.getHeaders()).build();
	}

	/**
	 * A signed-in user whose groups do not allow the call. Someone not signed in is left
	 * to Spring Security, which asks for credentials.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied) {
		if (!TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			throw denied;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Your account is not in a group that may do this.");
		problem.setTitle("Forbidden");
		return ResponseEntity.of(problem).build();
	}

	/** Says what is wrong with the body without Jackson's or Spring's internals. */
	private static String whyUnreadable(HttpMessageNotReadableException unreadable) {
		Throwable cause = unreadable.getCause();
		if (cause == null) {
			return "The body is empty: send the request as a JSON object.";
		}
		if (cause instanceof JsonParseException parse && parse.getLocation() != null) {
			return "The body is not valid JSON (line %d, column %d): send the request as a JSON object."
				.formatted(parse.getLocation().getLineNr(), parse.getLocation().getColumnNr());
		}
		if (cause instanceof MismatchedInputException) {
			return "The body must be a JSON object of named fields, not a list or a single value.";
		}
		return "The body could not be read: send the request as a JSON object.";
	}

	private static String summary(List<FieldProblem> problems) {
		List<String> fields = problems.stream().map(FieldProblem::field).distinct().toList();
		return (problems.size() == 1 ? "The request has 1 problem" : "The request has " + problems.size() + " problems")
				+ ", in " + String.join(", ", fields) + ".";
	}

}
