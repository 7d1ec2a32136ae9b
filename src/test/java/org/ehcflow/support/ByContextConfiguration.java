package org.ehcflow.support;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs the test classes without Spring first, then the Spring test classes grouped by
 * their class-level configuration annotations ({@code @SpringBootTest} with its
 * properties and web environment, profiles, imports, ...), each group in alphabetical
 * order, so that the classes that share a cached context run one after another and each
 * context starts once ({@link OneContextAtATime}). Set in
 * {@code junit-platform.properties}. The order only saves time: a class that lands
 * elsewhere still gets the right context.
 */
public class ByContextConfiguration implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		if (context.getClassDescriptors()
			.stream()
			.anyMatch(descriptor -> descriptor.getTestClass().getEnclosingClass() != null)) {
			return; // @Nested groups keep their order
		}
		context.getClassDescriptors()
			.sort(Comparator.comparing((ClassDescriptor descriptor) -> configuration(descriptor.getTestClass()))
				.thenComparing(descriptor -> descriptor.getTestClass().getName()));
	}

	/**
	 * "" for a class without Spring, else its configuration annotations (or a nested
	 * group's).
	 */
	static String configuration(Class<?> testClass) {
		if (testClass.isAnnotationPresent(SpringBootTest.class)) {
			return "1 " + Arrays.stream(testClass.getAnnotations())
				.filter(annotation -> !annotation.annotationType().getPackageName().startsWith("org.junit"))
				.map(Annotation::toString)
				.sorted()
				.collect(Collectors.joining(" "));
		}
		return Arrays.stream(testClass.getDeclaredClasses())
			.filter(group -> group.isAnnotationPresent(Nested.class))
			.map(ByContextConfiguration::configuration)
			.filter(configuration -> !configuration.isEmpty())
			.findFirst()
			.orElse("");
	}

}
