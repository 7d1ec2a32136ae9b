package org.ehcflow.support;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Closes a test class's Spring context when the class (with its {@code @Nested} groups) is done,
 * first removing the cases it left in a database that the next class would share (CleanSlate).
 * Each context holds a process engine named "default", and Camunda registers that name once per
 * JVM, so a second cached context with other settings could not start its engine. Registered for
 * every test in {@code META-INF/spring.factories}.
 */
public class CloseContextAfterEachTestClass implements TestExecutionListener, Ordered {

	@Override
	public void afterTestClass(TestContext testContext) {
		if (testContext.hasApplicationContext() && ownsItsContext(testContext.getTestClass())) {
			if (CleanSlate.sharedDatabase(testContext.getApplicationContext())) {
				CleanSlate.removeEveryCase(testContext.getApplicationContext());
			}
			testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
		}
	}

	/**
	 * A top-level class owns its context, shared with its {@code @Nested} groups; a nested group
	 * owns one only when its enclosing classes start none (the {@code @SpringBootTest} is on it).
	 */
	private static boolean ownsItsContext(Class<?> testClass) {
		for (Class<?> enclosing = testClass.getEnclosingClass(); enclosing != null; enclosing = enclosing
			.getEnclosingClass()) {
			if (MergedAnnotations.from(enclosing, SearchStrategy.TYPE_HIERARCHY).isPresent(BootstrapWith.class)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
