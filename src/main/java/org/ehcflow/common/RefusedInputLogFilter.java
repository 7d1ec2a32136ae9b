package org.ehcflow.common;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps a person's mistake out of the error log. The engine logs every failed command at
 * ERROR with its stack trace (ENGINE-16004), including a form or request refused by our
 * rules, whose message may quote what was typed (a date of birth). The refusal is already
 * answered to the person with a 400; here it is left out of the log. Registered in
 * {@code logback-spring.xml}.
 */
public class RefusedInputLogFilter extends TurboFilter {

	static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
			Throwable thrown) {
		if (logger.getName().startsWith(ENGINE_CONTEXT_LOGGER)
				&& InvalidInputResponses.cause(thrownIn(thrown, params)) != null) {
			return FilterReply.DENY;
		}
		return FilterReply.NEUTRAL;
	}

	/**
	 * The engine passes its exception as the last parameter of the message, as SLF4J
	 * allows.
	 */
	private static Throwable thrownIn(Throwable thrown, Object[] params) {
		if (thrown != null) {
			return thrown;
		}
		if (params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
			return last;
		}
		return null;
	}

}
