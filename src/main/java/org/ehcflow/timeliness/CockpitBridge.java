package org.ehcflow.timeliness;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hands our Spring beans to the Cockpit plugin's JAX-RS resources, which Cockpit's Jersey
 * application creates itself (a plugin is found by {@link java.util.ServiceLoader}, not
 * by Spring). Set once when the application context creates this bean, before any web
 * request is served.
 */
@Component
class CockpitBridge {

	private static volatile TimelinessReports reports;

	private static volatile ObjectMapper json;

	CockpitBridge(TimelinessReports reports, ObjectMapper json) {
		CockpitBridge.reports = reports;
		CockpitBridge.json = json;
	}

	static TimelinessReports reports() {
		if (reports == null) {
			throw new IllegalStateException("EHC Flow has not finished starting");
		}
		return reports;
	}

	static ObjectMapper json() {
		if (json == null) {
			throw new IllegalStateException("EHC Flow has not finished starting");
		}
		return json;
	}

}
