package org.ehcflow.common;

import org.glassfish.jersey.internal.spi.AutoDiscoverable;

import jakarta.ws.rs.core.FeatureContext;

/**
 * Adds {@link InvalidInputResponses} to every JAX-RS application in the process:
 * {@code /engine-rest} and the copy of the engine's REST API that Tasklist submits forms
 * to ({@code /camunda/api/engine}), which Camunda's webapp starter registers with no hook
 * of its own. Jersey finds this class through {@code META-INF/services}.
 */
public class InvalidInputDiscovery implements AutoDiscoverable {

	@Override
	public void configure(FeatureContext context) {
		for (Class<?> mapper : InvalidInputResponses.mappers()) {
			if (!context.getConfiguration().isRegistered(mapper)) {
				context.register(mapper);
			}
		}
	}

}
