package org.ehcflow.common;

/** What is wrong with one field of a request or form, in plain words. */
public record FieldProblem(String field, String message) {

	@Override
	public String toString() {
		return field + ": " + message;
	}

}
