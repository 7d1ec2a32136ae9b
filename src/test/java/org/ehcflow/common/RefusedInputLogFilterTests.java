package org.ehcflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;

class RefusedInputLogFilterTests {

	final RefusedInputLogFilter filter = new RefusedInputLogFilter();

	final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

	final Logger engine = context.getLogger(RefusedInputLogFilter.ENGINE_CONTEXT_LOGGER);

	final InvalidInputException refused = new InvalidInputException(
			List.of(new FieldProblem("childDateOfBirth", "must not be after the date the request was received")));

	@Test
	void aRefusedFormIsNotLoggedByTheEngineEvenWhenWrapped() {
		assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004", null, refused)).isEqualTo(FilterReply.DENY);
		assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004", null,
				new ProcessEngineException("listener failed", refused)))
			.isEqualTo(FilterReply.DENY);
		assertThat(
				filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}", new Object[] { "closing", refused }, null))
			.as("the engine passes its exception as the last parameter")
			.isEqualTo(FilterReply.DENY);
	}

	@Test
	void realFailuresAndOtherLoggersAreLeftAlone() {
		assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004", null, new IllegalStateException("bug")))
			.isEqualTo(FilterReply.NEUTRAL);
		assertThat(filter.decide(null, context.getLogger("org.ehcflow"), Level.WARN, "x", null, refused))
			.isEqualTo(FilterReply.NEUTRAL);
		assertThat(filter.decide(null, engine, Level.ERROR, "no throwable", null, null)).isEqualTo(FilterReply.NEUTRAL);
	}

}
