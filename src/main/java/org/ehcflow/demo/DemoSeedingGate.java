package org.ehcflow.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request back with 503 while the demo caseload is being seeded. Seeding
 * walks each case through its days by moving the engine clock, which is one clock for the
 * whole JVM: a request answered meanwhile would be judged on a day months ago (a request
 * received today refused as "in the future"). The gate opens once the clock is back on
 * today; it never opens early and says nothing about any case.
 */
class DemoSeedingGate extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 15;

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="refresh" content="15">
			<title>EHC Flow is starting</title></head>
			<body><h1>EHC Flow is preparing its demo caseload</h1>
			<p>The demo's made-up cases are being walked through the real processes, which takes a minute or
			two on the first start. This page tries again every 15 seconds.</p></body></html>
			""";

	private final AtomicBoolean open = new AtomicBoolean();

	/**
	 * Lets requests through: the caseload is in and the engine clock is back on today.
	 */
	void open() {
		open.set(true);
	}

	boolean isOpen() {
		return open.get();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (open.get()) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
	}

}
