package org.ehcflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.review.PlanImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo's existing plans go through the real import without a problem and show what
 * the demo promises.
 */
@SpringBootTest
@AutoConfigureMockMvc // the same context as the other tests without a server
class DemoPlansTests {

	@Autowired
	PlanImport planImport;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void importThirtyPlansWithAYear6TransferReviewForTheLastLawfulDay14February() {
		LocalDate day = LocalDate.of(2026, 11, 30);
		today(day);
		PlanImport.Result result = planImport.importCsv(DemoPlans.csv(day));

		assertThat(result.errors()).isEmpty();
		assertThat(result.created()).hasSize(30);
		PlanImport.Created year6 = result.created().get(0);
		assertThat(year6.phaseTransferPlanBy()).isEqualTo("2027-02-14");
		assertThat(year6.reviewMeetingBy()).isEqualTo("2026-11-22");
		assertThat(year6.reviewReason()).isEqualTo("PHASE_TRANSFER");
		assertThat(result.created().get(1).phaseTransferPlanBy()).isEqualTo("2027-03-30");
		assertThat(result.created().get(2).phaseTransferPlanBy()).isEqualTo("2027-02-14");
		assertThat(result.created()).filteredOn(PlanImport.Created::reviewOverdueOnImport).hasSize(3);
		assertThat(result.created()).filteredOn(plan -> "UNDER_FIVE".equals(plan.reviewReason())).isNotEmpty();

		assertThat(planImport.importCsv(DemoPlans.csv(day)).skipped()).hasSize(30);
	}

}
