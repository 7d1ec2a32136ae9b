package org.ehcflow.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule. Thrown inside the engine it rolls back the whole transaction
 * (no case started, the task stays open); its message lists every problem for Tasklist's
 * error box, and the API answers 400 with each field's problem.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * The rule breach behind an exception, wherever in its cause chain the engine or a
	 * REST layer wrapped it; null when there is none.
	 */
	public static InvalidInputException findIn(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException invalid) {
				return invalid;
			}
		}
		return null;
	}

}
