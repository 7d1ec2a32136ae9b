package org.ehcflow.retention;

import java.util.List;

/**
 * Our tables (db/migration) whose rows belong to a case, by its reference
 * ({@code case_reference}), each written by one class: {@code outbox_message} by
 * notify.Notifications, {@code advice_submission} by advice.portal.AdviceSubmissions,
 * {@code advice_link} by advice.AdviceLinks, {@code portal_event} by
 * advice.portal.PortalEvents, {@code time_limit_exception} by
 * assessment.TimeLimitExceptions and {@code case_access_event} by audit.CaseAccessEvents.
 * {@code case_reference_counter} and the advice-giver directory hold no case's data.
 * <p>
 * The one list of them: {@link CaseRecordsRetention} removes a case's rows from each, and
 * the tests clear them between test classes. A new table of a case's data goes here.
 */
public final class CaseTables {

	public static final List<String> ALL = List.of("outbox_message", "advice_submission", "advice_link", "portal_event",
			"time_limit_exception", "case_access_event");

	private CaseTables() {
	}

}
