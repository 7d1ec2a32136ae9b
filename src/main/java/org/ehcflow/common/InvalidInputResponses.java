package org.ehcflow.common;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Camunda's REST API answers an exception from a listener with status 500, often wrapped
 * in engine messages. Where the cause is a broken form rule
 * ({@link InvalidInputException}) these mappers answer 400 with the problems alone, in
 * the JSON shape Tasklist shows to the person who submitted the form. Other exceptions
 * keep Camunda's own handling. Jersey asks a mapper of the highest priority first, so
 * these come before Camunda's for the same exception types. They serve both REST APIs:
 * {@code /engine-rest} and the one Tasklist itself calls ({@code /camunda/api/engine});
 * see {@link InvalidInputDiscovery}.
 */
public final class InvalidInputResponses {

	private InvalidInputResponses() {
	}

	static Class<?>[] mappers() {
		return new Class<?>[] { Thrown.class, WrappedByRest.class, WrappedByEngine.class };
	}

	static Response badRequest(InvalidInputException invalid) {
		return Response.status(Response.Status.BAD_REQUEST)
			.type(MediaType.APPLICATION_JSON_TYPE)
			.entity(Map.of("type", "InvalidRequestException", "message", forPeople(invalid), "problems",
					invalid.problems()))
			.build();
	}

	/** Every problem, each field named by its label on the form. */
	static String forPeople(InvalidInputException invalid) {
		return invalid.problems()
			.stream()
			.map(problem -> FormLabels.of(problem.field()) + ": " + problem.message())
			.collect(Collectors.joining("; "));
	}

	static InvalidInputException cause(Throwable thrown) {
		return InvalidInputException.findIn(thrown);
	}

	/**
	 * Thrown as it is, e.g. by the start listener of a process started through the REST
	 * API.
	 */
	@Priority(1)
	public static class Thrown implements ExceptionMapper<InvalidInputException> {

		@Override
		public Response toResponse(InvalidInputException exception) {
			return badRequest(exception);
		}

	}

	/** Wrapped by a REST resource, e.g. when a task is completed. */
	@Priority(1)
	public static class WrappedByRest implements ExtendedExceptionMapper<RestException> {

		@Override
		public boolean isMappable(RestException exception) {
			return cause(exception) != null;
		}

		@Override
		public Response toResponse(RestException exception) {
			return badRequest(cause(exception));
		}

	}

	/** Wrapped by the engine, e.g. around a task listener. */
	@Priority(1)
	public static class WrappedByEngine implements ExtendedExceptionMapper<ProcessEngineException> {

		@Override
		public boolean isMappable(ProcessEngineException exception) {
			return cause(exception) != null;
		}

		@Override
		public Response toResponse(ProcessEngineException exception) {
			return badRequest(cause(exception));
		}

	}

}
