package org.ehcflow.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Lets test classes with the same context configuration share one cached Spring context,
 * while keeping at most one context alive in the JVM. Registered for every test in
 * {@code META-INF/spring.factories}.
 *
 * <p>
 * Each context holds a process engine named "default" and a process application named
 * "ehc-flow", which Camunda registers once per JVM. Unique names (Camunda's
 * {@code generate-unique-process-engine-name}) would let several contexts live side by
 * side, but the webapps, the REST API and the application itself address the engine as
 * "default". So a context is kept after its class and reused by every later class with
 * the same configuration; only when a class needs a context that is not cached is the
 * live one closed first. {@link ByContextConfiguration} runs the classes of one
 * configuration one after another, so that each context starts once. With one engine
 * alive there is also never a second job executor or engine clock user on the database.
 *
 * <p>
 * Between classes the cases a class left behind are removed (CleanSlate) and the engine
 * clock is reset, so a class finds the database as a fresh context would, but for users,
 * groups, authorizations, filters, deployments and the advice-giver directory, which
 * every start sets up the same way.
 */
public class OneContextAtATime implements TestExecutionListener, Ordered {

	/** The test context of the class that loaded the context now alive, if any. */
	private static TestContext live;

	@Override
	public void beforeTestClass(TestContext testContext) {
		if (ownsItsContext(testContext.getTestClass())) {
			closeLiveContextUnlessReusedBy(testContext);
		}
	}

	@Override
	public void prepareTestInstance(TestContext testContext) {
		// With @TestInstance(PER_CLASS) the context is loaded for the instance, before
		// beforeTestClass.
		if (ownsItsContext(testContext.getTestClass())) {
			closeLiveContextUnlessReusedBy(testContext);
		}
	}

	@Override
	public void afterTestClass(TestContext testContext) {
		if (testContext.hasApplicationContext() && ownsItsContext(testContext.getTestClass())) {
			CleanSlate.removeEveryCase(testContext.getApplicationContext());
			ClockUtil.reset();
			live = testContext;
		}
	}

	private static synchronized void closeLiveContextUnlessReusedBy(TestContext next) {
		if (live != null && live != next && !next.hasApplicationContext()) {
			live.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
			live = null;
		}
	}

	/**
	 * A top-level class owns its context, shared with its {@code @Nested} groups; a
	 * nested group owns one only when its enclosing classes start none (the
	 * {@code @SpringBootTest} is on it).
	 */
	private static boolean ownsItsContext(Class<?> testClass) {
		if (!MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).isPresent(BootstrapWith.class)) {
			return false;
		}
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
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
