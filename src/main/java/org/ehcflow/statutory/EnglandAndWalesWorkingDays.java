package org.ehcflow.statutory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working days in England and Wales for the HESC Rules (r1(3)): not a Saturday or Sunday,
 * Christmas Day, Good Friday or a bank holiday of England and Wales. The bank holidays
 * come from the Jollyday library's maintained calendar (United Kingdom, region "eng";
 * England and Wales share their bank holidays, including substitute days and one-off
 * holidays such as a coronation). Christmas Day and Good Friday are named by the rule
 * itself, so they count whatever the calendar says.
 */
public final class EnglandAndWalesWorkingDays implements WorkingDays {

	private static final String ENGLAND = "eng";

	private static final EnglandAndWalesWorkingDays INSTANCE = new EnglandAndWalesWorkingDays();

	private final HolidayManager holidays;

	private EnglandAndWalesWorkingDays() {
		this.holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
	}

	/** The one calendar (it reads Jollyday's holiday file once). */
	public static EnglandAndWalesWorkingDays calendar() {
		return INSTANCE;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
			return false;
		}
		if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 25) {
			return false;
		}
		if (day.equals(goodFriday(day.getYear()))) {
			return false;
		}
		return !holidays.isHoliday(day, ENGLAND);
	}

	/**
	 * Good Friday: two days before Easter Sunday (the Gregorian computus,
	 * Meeus/Jones/Butcher).
	 */
	static LocalDate goodFriday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day).minusDays(2);
	}

}
