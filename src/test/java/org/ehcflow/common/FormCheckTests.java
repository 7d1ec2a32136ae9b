package org.ehcflow.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.ehcflow.support.FormTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The building blocks of every form rule (FormCheck), without Spring or an engine. */
class FormCheckTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	static FormCheck check(Object... namesAndValues) {
		return new FormCheck(FormTask.with(namesAndValues).task, TODAY);
	}

	@Test
	void nothingWrongThrowsNothingAndGivesTheDates() {
		FormCheck check = check("a", "2026-03-10", "b", "2027-01-01", "c", "", "d", "ASSESS", "e", "some text");

		assertThat(check.pastDate("a")).isEqualTo(TODAY);
		assertThat(check.date("b")).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(check.optionalDate("c")).isNull();
		assertThat(check.oneOf("d", Set.of("ASSESS", "DO_NOT_ASSESS"))).isEqualTo("ASSESS");
		check.requiredText("e", 9);
		check.optionalEmail("c");
		check.throwIfAny();
	}

	@Test
	void everyProblemIsCollectedThenTheWholeFormIsRefusedWithThemInOrder() {
		FormCheck check = check("past", "2026-03-11", "when", "soon", "choice", "maybe", "text", "0123456789", "email",
				"no at sign");
		assertThat(check.pastDate("past")).isNull();
		assertThat(check.date("when")).isNull();
		assertThat(check.date("missing")).isNull();
		assertThat(check.oneOf("choice", Set.of("ZED", "ALPHA"))).isNull();
		check.requiredText("text", 9);
		check.requiredText("blank", 9);
		check.optionalEmail("email");
		check.notBefore("past", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "the request");

		assertThatThrownBy(check::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.problems()).containsExactly(
						new FieldProblem("past", "must not be in the future (today is 10 March 2026)"),
						new FieldProblem("when", "must be a date like 2026-03-02"),
						new FieldProblem("missing", "is required"),
						new FieldProblem("choice", "must be one of ALPHA, ZED"),
						new FieldProblem("text", "must be at most 9 characters"),
						new FieldProblem("blank", "is required"),
						new FieldProblem("email", "must be an email address like name@example.org"),
						new FieldProblem("past", "must not be before the request (2 March 2026)")));
	}

	@Test
	void notBeforeSaysNothingWhenADateIsMissingOrOnTheDay() {
		FormCheck check = check();
		check.notBefore("a", null, TODAY, "x");
		check.notBefore("a", TODAY, null, "x");
		check.notBefore("a", TODAY, TODAY, "x");
		check.throwIfAny();
	}

	@ParameterizedTest
	@ValueSource(strings = { "parent@example.org", " senco@riverside.example.org ", "a.b+c@council.gov.uk" })
	void emailAddresses(String address) {
		assertThat(FormCheck.isEmail(address)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "parent", "parent@example", "two@at@example.org", "a b@example.org", "parent@example.",
			"@example.org" })
	void notEmailAddresses(String address) {
		assertThat(FormCheck.isEmail(address)).isFalse();
	}

	@Test
	void anAddressLongerThan254CharactersIsNotOne() {
		assertThat(FormCheck.isEmail("a".repeat(243) + "@example.org")).isFalse();
		assertThat(FormCheck.isEmail("a".repeat(242) + "@example.org")).isTrue();
	}

	@Test
	void datesReadAsPeopleWriteThemInEngland() {
		assertThat(FormCheck.human(LocalDate.of(2026, 3, 2))).isEqualTo("2 March 2026");
	}

}
