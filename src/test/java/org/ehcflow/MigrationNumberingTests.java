package org.ehcflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Our Flyway migrations are numbered 1, 2, 3, … with no gap and no version used twice
 * (docs/development.md, "Database migrations"). Two branches that each add the next
 * number then collide here, in a plain test, instead of one of them being skipped or
 * refused by Flyway on a council's database; a gap left by a renumbered or dropped script
 * shows as well. A new migration takes the highest version plus one.
 */
class MigrationNumberingTests {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/**
	 * Flyway's versioned script name, with a whole-number version: V7__what_it_does.sql
	 */
	static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

	/**
	 * Versions that were never used, before this rule: V3 was skipped when V4 was added.
	 * Nothing may be added here; a missing version from now on fails.
	 */
	static final Set<Integer> HISTORIC_GAPS = Set.of(3);

	static List<String> scripts() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void everyScriptIsAVersionedMigrationWithAWholeNumber() throws IOException {
		assertThat(scripts()).isNotEmpty()
			.allSatisfy(name -> assertThat(name)
				.as("migration %s: name it V<next number>__<what_it_does>.sql, in lower case", name)
				.matches(VERSIONED));
	}

	@Test
	void noTwoScriptsShareAVersion() throws IOException {
		Map<Integer, List<String>> byVersion = byVersion();
		assertThat(byVersion.entrySet()).allSatisfy(entry -> assertThat(entry.getValue())
			.as("migrations sharing version %d: give the newer one the next free number", entry.getKey())
			.hasSize(1));
	}

	@Test
	void versionsRunFromOneWithoutAGap() throws IOException {
		Map<Integer, List<String>> byVersion = byVersion();
		int highest = byVersion.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		List<Integer> missing = IntStream.rangeClosed(1, highest)
			.boxed()
			.filter(version -> !byVersion.containsKey(version) && !HISTORIC_GAPS.contains(version))
			.toList();
		assertThat(missing).as("missing migration versions below V%d: number migrations without a gap", highest)
			.isEmpty();
	}

	private static Map<Integer, List<String>> byVersion() throws IOException {
		return scripts().stream()
			.map(VERSIONED::matcher)
			.filter(Matcher::matches)
			.collect(Collectors.groupingBy(matcher -> Integer.valueOf(matcher.group(1)), TreeMap::new,
					Collectors.mapping(Matcher::group, Collectors.toList())));
	}

}
