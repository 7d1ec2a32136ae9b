package org.ehcflow.timeliness;

/**
 * Where a case stands: open, or how it ended. The outcomes are those SEN2 reports
 * (modules 2 and 3: assess / not assess / withdrawn; plan issued / not issued), plus a
 * move out of the area (SEN2 "Exported").
 */
enum CaseState {

	/** The assessment is going on. */
	OPEN,

	/** The final plan was issued, SEND Regulations 2014 reg 13(2), 14. */
	PLAN_ISSUED,

	/** The local authority decided not to assess, reg 5. */
	NOT_ASSESSED,

	/** The local authority decided not to issue a plan, reg 10. */
	PLAN_NOT_ISSUED,

	/**
	 * The request was withdrawn. A case that ended in any other way without an outcome
	 * (an instance cancelled in Cockpit) is shown as withdrawn too: it stopped without a
	 * decision.
	 */
	WITHDRAWN,

	/** The child moved out of the area before the assessment ended (SEN2 "Exported"). */
	MOVED_OUT_OF_AREA

}
