package org.ehcflow.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ehcflow.common.FieldProblem;
import org.ehcflow.common.InvalidInputException;

/**
 * A task whose form was submitted with these variables, without an engine: for unit tests
 * of the server-side form rules ({@code *Check} task listeners). Reads and writes go to
 * {@link #variables}.
 */
public final class FormTask {

	public final Map<String, Object> variables = new HashMap<>();

	public final DelegateTask task = mock(DelegateTask.class);

	public FormTask() {
		when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.getArgument(0, String.class)));
		when(task.hasVariable(anyString()))
			.thenAnswer(call -> variables.containsKey(call.getArgument(0, String.class)));
		doAnswer(call -> variables.put(call.getArgument(0, String.class), call.getArgument(1))).when(task)
			.setVariable(anyString(), any());
	}

	/** A task with these variables, given as name, value, name, value, ... */
	public static FormTask with(Object... namesAndValues) {
		FormTask form = new FormTask();
		return form.and(namesAndValues);
	}

	public FormTask and(Object... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return this;
	}

	public FormTask without(String name) {
		variables.remove(name);
		return this;
	}

	/**
	 * Completes the task through the listener: passes, or fails the test with the
	 * problems found.
	 */
	public FormTask completeWith(TaskListener check) {
		check.notify(task);
		return this;
	}

	/**
	 * The problems the listener refused the task with (the test fails when it accepted
	 * it).
	 */
	public List<FieldProblem> problemsFrom(TaskListener check) {
		try {
			check.notify(task);
		}
		catch (InvalidInputException refused) {
			return refused.problems();
		}
		return Assertions.fail("the form was accepted: " + variables);
	}

	/** The engine clock at 09:00 in London on that day, as the listeners read it. */
	public static Clock on(String isoDay) {
		return Clock.fixed(
				LocalDate.parse(isoDay).atTime(LocalTime.of(9, 0)).atZone(ProcessTestSupport.LONDON).toInstant(),
				ProcessTestSupport.LONDON);
	}

}
