/**
 * The statutory time limits of the EHC needs assessment and of maintaining an EHC plan, in plain
 * {@code java.time}: no Spring, no Camunda.
 *
 * <p>Every rule comes from {@code ehc-statutory-timeline.md}: the Children and Families Act 2014
 * (CFA), the Special Educational Needs and Disability Regulations 2014 (SI 2014/1530, "reg") and
 * the SEND Code of Practice 0 to 25 (2015, "Code"). How days, weeks and months are counted lives
 * in one place, {@link org.ehcflow.statutory.TimeLimits}; the other classes say which count each
 * regulation uses.
 *
 * <p>A time-limit exception ({@link org.ehcflow.statutory.ExceptionReason}) never moves a date:
 * the date shown is always the statutory one.
 */
package org.ehcflow.statutory;
