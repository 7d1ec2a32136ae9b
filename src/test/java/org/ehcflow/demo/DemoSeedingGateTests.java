package org.ehcflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The demo answers 503, and nothing else, until its caseload is in and the clock is on
 * today.
 */
class DemoSeedingGateTests {

	final DemoSeedingGate gate = new DemoSeedingGate();

	@Test
	void whileTheCaseloadIsSeededEveryRequestWaitsWith503AndRetryAfter() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		gate.doFilter(new MockHttpServletRequest("POST", "/api/assessments"), response, chain);

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("15");
		assertThat(response.getContentAsString()).contains("preparing its demo caseload").doesNotContain("EHC-");
		assertThat(chain.getRequest()).as("the request went no further").isNull();
	}

	@Test
	void onceOpenRequestsPassUntouched() throws Exception {
		gate.open();
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		gate.doFilter(new MockHttpServletRequest("GET", "/camunda/app/tasklist/"), response, chain);

		assertThat(chain.getRequest()).isNotNull();
		assertThat(response.getStatus()).isEqualTo(200);
	}

}
