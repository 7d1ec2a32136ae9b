package org.ehcflow.timeliness;

import java.time.LocalDate;
import java.util.List;

import org.ehcflow.statutory.Status;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One statutory step of a case on its timeline. Every field is always present (null when
 * there is no value yet), except {@code party} and {@code partyName}, which only advice
 * steps have.
 *
 * @param step the step's public id ({@link org.ehcflow.statutory.Step#id()}), e.g.
 * {@code advice}
 * @param title the step in plain English
 * @param party for advice, the {@code adviceService} code, e.g. {@code PSYCHOLOGICAL}
 * @param partyName for advice, who gives it in plain English
 * @param dueBy the statutory date, or {@code null} while it is not yet known
 * @param completedOn the day it was done, or {@code null}
 * @param status where it stands against its date
 * @param regulation the law that sets its time limit
 * @param exceptions the lawful exceptions recorded for it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record TimelineStep(String step, String title, @JsonInclude(JsonInclude.Include.NON_NULL) String party,
		@JsonInclude(JsonInclude.Include.NON_NULL) String partyName, LocalDate dueBy, LocalDate completedOn,
		Status status, String regulation, List<TimelineException> exceptions) {

	TimelineStep {
		exceptions = List.copyOf(exceptions);
	}

}
