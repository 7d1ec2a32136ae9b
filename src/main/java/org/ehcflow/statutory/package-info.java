/**
 * The statutory time limits of the EHC needs assessment and of maintaining an EHC plan,
 * in plain {@code java.time}: no Spring, no Camunda.
 *
 * <p>
 * Every rule comes from docs/statutory-rules.md: the Children and Families Act 2014
 * (CFA), the Special Educational Needs and Disability Regulations 2014 (SI 2014/1530,
 * "reg") and the SEND Code of Practice 0 to 25 (2015, "Code"). How days, weeks and months
 * are counted lives in one place, {@link org.ehcflow.statutory.TimeLimits}; the other
 * classes say which count each regulation uses.
 *
 * <p>
 * The family's time to appeal ({@link org.ehcflow.statutory.TribunalTimeLimits}, HESC
 * Rules 2008 r20(1)(c) and r12) is the one rule where working days move a date; they come
 * through {@link org.ehcflow.statutory.WorkingDays}, fed by the Jollyday library's
 * maintained calendar of England-and-Wales bank holidays
 * ({@link org.ehcflow.statutory.EnglandAndWalesWorkingDays}), never a hand-kept list. The
 * age limit of CFA 2014 s46 is {@link org.ehcflow.statutory.PlanAgeLimit}.
 *
 * <p>
 * A time-limit exception ({@link org.ehcflow.statutory.ExceptionReason}) never moves a
 * date: the date shown is always the statutory one.
 */
package org.ehcflow.statutory;
