package org.ehcflow.timeliness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the engine's history holds about one {@code ehcNeedsAssessment}: the facts a
 * timeline is worked out from. Nothing here is stored a second time.
 *
 * @param processInstanceId the instance
 * @param caseReference its business key
 * @param startedAt when it started
 * @param endedAt when it ended, or {@code null} while it is open
 * @param endedOn the day it ended in the council's time zone, or {@code null} while it is
 * open
 * @param variables the case's own (process-level) variables that the timeline reads, by
 * name
 * @param advice one entry per {@code adviceRequest} the case called
 */
record RecordedCase(String processInstanceId, String caseReference, Instant startedAt, Instant endedAt,
		LocalDate endedOn, Map<String, Object> variables, List<RecordedAdvice> advice) {

	RecordedCase {
		variables = Map.copyOf(variables);
		advice = List.copyOf(advice);
	}

	boolean ended() {
		return endedAt != null;
	}

	/**
	 * One advice giver's part ({@code adviceRequest}).
	 *
	 * @param service the {@code adviceService} code, e.g. {@code PSYCHOLOGICAL}
	 * @param serviceName its plain-English name ({@code adviceServiceName})
	 * @param dueBy {@code adviceDueBy}: 6 weeks from the request, SEND Regulations 2014
	 * reg 8(1)
	 * @param receivedOn {@code adviceReceivedDate}, or {@code null} while it is awaited
	 * @param startedAt when the advice was asked for
	 */
	record RecordedAdvice(String service, String serviceName, LocalDate dueBy, LocalDate receivedOn,
			Instant startedAt) {
	}

}
