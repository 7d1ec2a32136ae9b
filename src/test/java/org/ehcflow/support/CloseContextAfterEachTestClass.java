package org.ehcflow.support;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Closes a test class's Spring context when the class (with its {@code @Nested} groups) is done.
 * Each context holds a process engine named "default", and Camunda registers that name once per
 * JVM, so a second cached context with other settings could not start its engine. Registered for
 * every test in {@code META-INF/spring.factories}.
 */
public class CloseContextAfterEachTestClass implements TestExecutionListener, Ordered {

	@Override
	public void afterTestClass(TestContext testContext) {
		if (testContext.getTestClass().getEnclosingClass() == null && testContext.hasApplicationContext()) {
			testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
