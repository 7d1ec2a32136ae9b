package org.ehcflow.statutory;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The school year in England: year groups ({@code N1}, {@code N2}, {@code R}, {@code 1}
 * to {@code 14}), which move up each 1 September, and the calendar year of a phase
 * transfer, which is the year of the September in which the child moves (SEND Regulations
 * 2014 reg 18).
 */
public final class AcademicCalendar {

	/**
	 * Every year group, youngest first: two nursery years, Reception, then Years 1 to 14.
	 */
	public static final List<String> YEAR_GROUPS = Stream
		.concat(Stream.of("N1", "N2", "R"), IntStream.rangeClosed(1, 14).mapToObj(Integer::toString))
		.toList();

	private static final int RECEPTION = YEAR_GROUPS.indexOf("R");

	private AcademicCalendar() {
	}

	/**
	 * Whether the text is a year group.
	 * @param yearGroup e.g. {@code R} or {@code 6}
	 * @return {@code true} for one of {@link #YEAR_GROUPS}
	 */
	public static boolean isYearGroup(String yearGroup) {
		return yearGroup != null && YEAR_GROUPS.contains(yearGroup);
	}

	/**
	 * The first day of the academic year that {@code day} falls in (1 September).
	 * @param day any day
	 * @return 1 September of the same calendar year from September on, else of the year
	 * before
	 */
	public static LocalDate academicYearStart(LocalDate day) {
		Objects.requireNonNull(day, "day");
		int year = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
		return LocalDate.of(year, Month.SEPTEMBER, 1);
	}

	/**
	 * The calendar year of the next move up after the academic year that {@code day}
	 * falls in: a child who transfers at the end of that academic year does so in
	 * September of this year, the year of transfer of reg 18.
	 * @param day any day
	 * @return the calendar year of the September that ends the academic year of
	 * {@code day}
	 */
	public static int yearOfTransferAfter(LocalDate day) {
		return academicYearStart(day).getYear() + 1;
	}

	/**
	 * How many 1 Septembers lie after {@code from} up to and including {@code to};
	 * negative when {@code to} is before {@code from}.
	 * @param from the first day (a 1 September on it is not counted)
	 * @param to the last day (a 1 September on it is counted)
	 * @return the number of times the year group moves up in between
	 */
	public static int movesUpBetween(LocalDate from, LocalDate to) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			return -movesUpBetween(to, from);
		}
		return academicYearStart(to).getYear() - academicYearStart(from).getYear();
	}

	/**
	 * The year group some moves later (or earlier, for a negative count). A young person
	 * past Year 14 stays in 14; there is nothing before N1.
	 * @param yearGroup one of {@link #YEAR_GROUPS}
	 * @param moves how many 1 Septembers pass
	 * @return the year group after them
	 */
	public static String advance(String yearGroup, int moves) {
		int index = YEAR_GROUPS.indexOf(yearGroup);
		if (index < 0) {
			throw new IllegalArgumentException("not a year group: " + yearGroup);
		}
		return YEAR_GROUPS.get(Math.max(0, Math.min(YEAR_GROUPS.size() - 1, index + moves)));
	}

	/**
	 * The year group that a year group recorded on one day has become on another: it
	 * moves up each 1 September in between. A year group or a day not known leaves it as
	 * recorded.
	 * @param recorded one of {@link #YEAR_GROUPS}, or {@code null}
	 * @param recordedOn the day it was recorded, or {@code null}
	 * @param day the day to work it out for
	 * @return the year group on {@code day}
	 */
	public static String yearGroupAsOn(String recorded, LocalDate recordedOn, LocalDate day) {
		if (recorded == null || recordedOn == null || day == null) {
			return recorded;
		}
		return advance(recorded, movesUpBetween(recordedOn, day));
	}

	/**
	 * The year group of a child born on {@code dateOfBirth} on {@code day}, in the usual
	 * way: a child starts Reception in the September after their fourth birthday, so the
	 * year group is the age on the 31 August before the academic year began, less 4 (0 =
	 * Reception, 3 = N2, 2 and younger = N1, 18 and older = 14). A child educated out of
	 * their year group has it recorded instead.
	 * @param dateOfBirth the child's date of birth
	 * @param day the day to work it out for
	 * @return one of {@link #YEAR_GROUPS}
	 */
	public static String yearGroupOn(LocalDate dateOfBirth, LocalDate day) {
		Objects.requireNonNull(dateOfBirth, "dateOfBirth");
		LocalDate lastThirtyFirstOfAugust = academicYearStart(day).minusDays(1);
		int age = Period.between(dateOfBirth, lastThirtyFirstOfAugust).getYears();
		int index = RECEPTION + (age - 4);
		return YEAR_GROUPS.get(Math.max(0, Math.min(YEAR_GROUPS.size() - 1, index)));
	}

	/**
	 * The year group a whole-number year from the assessment's request form means:
	 * {@code -2} N1, {@code -1} N2, {@code 0} Reception, {@code 1} to {@code 14} Years 1
	 * to 14.
	 * @param year the number, or text holding one, or a year group already
	 * @return the year group, or {@code null} when there is none or it is not one
	 */
	public static String yearGroupOf(Object year) {
		if (year == null || year.toString().isBlank()) {
			return null;
		}
		String text = year.toString().trim();
		if (isYearGroup(text)) {
			return text;
		}
		try {
			int number = Integer.parseInt(text);
			int index = RECEPTION + number;
			return index >= 0 && index < YEAR_GROUPS.size() ? YEAR_GROUPS.get(index) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
