package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.ehcflow.statutory.PhaseTransferDuty.State;
import org.junit.jupiter.api.Test;

/**
 * SEND Regulations 2014 reg 18(1): a child "within 12 months of a transfer between
 * phases" must have the plan reviewed and amended before 15 February (b) or, secondary
 * school to post-16, before 31 March (a) of the calendar year of transfer. Dates worked
 * out from the regulation.
 */
class PhaseTransferDutyTests {

	@Test
	void aYear6ChildOn2December2026MustHaveThePlanBy14February2027() {
		PhaseTransferDuty duty = PhaseTransferDuty.decide(true, false, LocalDate.of(2026, 12, 2), null);

		assertThat(duty.state()).isEqualTo(State.DUE);
		assertThat(duty.planBy()).isEqualTo("2027-02-14");
	}

	@Test
	void aYear11YoungPersonOn2December2026MustHaveThePlanBy30March2027() {
		PhaseTransferDuty duty = PhaseTransferDuty.decide(true, true, LocalDate.of(2026, 12, 2), null);

		assertThat(duty.state()).isEqualTo(State.DUE);
		assertThat(duty.planBy()).isEqualTo("2027-03-30");
	}

	@Test
	void on14February2027TheDutyIsStillDueAndOn15FebruaryItIsMissed() {
		assertThat(PhaseTransferDuty.decide(true, false, LocalDate.of(2027, 2, 14), null).state()).isEqualTo(State.DUE);
		assertThat(PhaseTransferDuty.decide(true, false, LocalDate.of(2027, 2, 15), null).state())
			.isEqualTo(State.MISSED);
	}

	@Test
	void aYear6ChildOn20February2027WithThePlanNotAmendedHasMissedTheDuty() {
		PhaseTransferDuty duty = PhaseTransferDuty.decide(true, false, LocalDate.of(2027, 2, 20), null);

		assertThat(duty.state()).isEqualTo(State.MISSED);
		assertThat(duty.planBy()).isEqualTo("2027-02-14");
	}

	@Test
	void aYear11YoungPersonOn20February2027IsStillInTimeFor30March() {
		assertThat(PhaseTransferDuty.decide(true, true, LocalDate.of(2027, 2, 20), null).state()).isEqualTo(State.DUE);
	}

	@Test
	void aTransferAlreadyPreparedIsNotPreparedAgainEvenAfterItsDate() {
		LocalDate prepared = LocalDate.of(2027, 2, 14);

		assertThat(PhaseTransferDuty.decide(true, false, LocalDate.of(2026, 12, 2), prepared).state())
			.isEqualTo(State.PREPARED);
		assertThat(PhaseTransferDuty.decide(true, false, LocalDate.of(2027, 2, 20), prepared).state())
			.isEqualTo(State.PREPARED);
	}

	@Test
	void lastYearsPreparationDoesNotCountForThisYear() {
		PhaseTransferDuty duty = PhaseTransferDuty.decide(true, false, LocalDate.of(2027, 9, 1),
				LocalDate.of(2027, 2, 14));

		assertThat(duty.state()).isEqualTo(State.DUE);
		assertThat(duty.planBy()).isEqualTo("2028-02-14");
	}

	@Test
	void noTransferMeansNoDuty() {
		assertThat(PhaseTransferDuty.decide(false, false, LocalDate.of(2026, 12, 2), null))
			.isEqualTo(PhaseTransferDuty.NONE);
	}

}
