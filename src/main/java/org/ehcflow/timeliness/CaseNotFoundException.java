package org.ehcflow.timeliness;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No assessment has the case reference asked for: 404, without repeating what was asked.
 */
class CaseNotFoundException extends ErrorResponseException {

	CaseNotFoundException() {
		super(HttpStatus.NOT_FOUND, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No EHC needs assessment has this case reference.");
		problem.setTitle("Case not found");
		return problem;
	}

}
