package org.ehcflow.common;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Makes sure the JVM runs in the council's time zone ({@code ehcflow.time-zone},
 * Europe/London) before the engine starts. Camunda adds a repeating timer's period in the
 * JVM's default zone and keeps due dates without a zone: in a JVM on UTC, a reminder
 * cycle that crosses the end of British Summer Time fires an hour early, on the wrong
 * day, and its reminder is never sent.
 * <p>
 * Every documented way of running EHC Flow sets the zone already (the Maven build, the
 * container image, compose). When something else starts it in another zone, this check
 * says so plainly and puts the JVM in the council's zone; with
 * {@code ehcflow.time-zone-check=refuse} it refuses to start instead.
 */
public class JvmTimeZoneCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	static final String ZONE_PROPERTY = "ehcflow.time-zone";

	static final String CHECK_PROPERTY = "ehcflow.time-zone-check";

	private static final Logger log = LoggerFactory.getLogger(JvmTimeZoneCheck.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(event.getEnvironment());
	}

	void check(Environment environment) {
		ZoneId council = councilZone(environment);
		ZoneId jvm = TimeZone.getDefault().toZoneId();
		if (jvm.getRules().equals(council.getRules())) {
			return;
		}
		String problem = "This JVM runs in the time zone " + jvm.getId() + " but EHC Flow keeps deadlines in "
				+ council.getId() + " (" + ZONE_PROPERTY + "). Start Java with -Duser.timezone=" + council.getId()
				+ " (or set TZ=" + council.getId() + ")";
		if ("refuse".equalsIgnoreCase(environment.getProperty(CHECK_PROPERTY, "adopt"))) {
			throw new IllegalStateException(problem + ". Refusing to start (" + CHECK_PROPERTY + "=refuse).");
		}
		log.warn("{}. Using {} as the JVM's default time zone from now on.", problem, council.getId());
		TimeZone.setDefault(TimeZone.getTimeZone(council));
	}

	private static ZoneId councilZone(Environment environment) {
		String zone = environment.getProperty(ZONE_PROPERTY, "Europe/London");
		try {
			return ZoneId.of(zone);
		}
		catch (DateTimeException ex) {
			throw new IllegalStateException(ZONE_PROPERTY + " is not a time zone: " + zone, ex);
		}
	}

	/** After Spring Boot's own logging set-up, which also listens for this event. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
