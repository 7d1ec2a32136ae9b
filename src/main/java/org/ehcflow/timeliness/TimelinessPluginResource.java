package org.ehcflow.timeliness;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.ehcflow.common.InvalidInputException;
import org.ehcflow.security.Groups;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The dashboard's data, the same JSON as {@code /api/timeliness/summary} and
 * {@code /api/timeliness/cases}, for whoever is signed in to Cockpit and in a group that
 * may see it (the same groups as the API).
 */
public class TimelinessPluginResource extends AbstractCockpitPluginResource {

	static final Set<String> MAY_READ = Set.of(Groups.MANAGERS, Groups.ADMINS, Groups.CASEWORKERS);

	public TimelinessPluginResource(String engineName) {
		super(engineName);
	}

	@GET
	@Path("summary")
	@Produces(MediaType.APPLICATION_JSON)
	public Response summary(@QueryParam("periodStart") String periodStart, @QueryParam("periodEnd") String periodEnd) {
		return answer(() -> {
			TimelinessReports reports = CockpitBridge.reports();
			return reports.measure(reports.period(periodStart, periodEnd)).summary();
		});
	}

	/**
	 * The summary as CSV, for the dashboard's "Download CSV" (the API's CSV, under
	 * Cockpit's session).
	 */
	@GET
	@Path("summary.csv")
	@Produces("text/csv")
	public Response summaryCsv(@QueryParam("periodStart") String periodStart,
			@QueryParam("periodEnd") String periodEnd) {
		Response refused = refusal();
		if (refused != null) {
			return refused;
		}
		try {
			TimelinessReports reports = CockpitBridge.reports();
			TimelinessSummary summary = reports.measure(reports.period(periodStart, periodEnd)).summary();
			return Response.ok(SummaryCsv.of(summary, CockpitBridge.json()), "text/csv; charset=UTF-8")
				.header("Content-Disposition",
						"attachment; filename=\"timeliness-%s-to-%s.csv\"".formatted(summary.periodStart(),
								summary.periodEnd()))
				.build();
		}
		catch (InvalidInputException invalid) {
			return badRequest(invalid);
		}
	}

	@GET
	@Path("cases")
	@Produces(MediaType.APPLICATION_JSON)
	public Response cases(@QueryParam("measure") String measure, @QueryParam("periodStart") String periodStart,
			@QueryParam("periodEnd") String periodEnd) {
		return answer(() -> {
			String name = TimelinessApi.checkMeasure(measure);
			TimelinessReports reports = CockpitBridge.reports();
			TimelinessReports.Period period = reports.period(periodStart, periodEnd);
			List<CaseRow> rows = reports.measure(period).cases().getOrDefault(name, List.of());
			return new TimelinessApi.CaseList(name, period.start().toString(), period.end().toString(), rows.size(),
					rows);
		});
	}

	private Response answer(Supplier<Object> body) {
		Response refused = refusal();
		if (refused != null) {
			return refused;
		}
		try {
			return json(Response.Status.OK, body.get());
		}
		catch (InvalidInputException invalid) {
			return badRequest(invalid);
		}
	}

	/**
	 * 403 unless the signed-in user is in a group that may read timeliness; null when
	 * they may.
	 */
	private Response refusal() {
		Authentication user = getCurrentAuthentication();
		if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(MAY_READ::contains)) {
			return json(Response.Status.FORBIDDEN,
					new Problem("Forbidden", "Your account is not in a group that may see timeliness.", List.of()));
		}
		return null;
	}

	private static Response badRequest(InvalidInputException invalid) {
		return json(Response.Status.BAD_REQUEST,
				new Problem("Invalid request", invalid.getMessage(), invalid.problems()));
	}

	record Problem(String title, String detail, List<?> errors) {
	}

	private static Response json(Response.Status status, Object body) {
		try {
			return Response.status(status)
				.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
				.entity(CockpitBridge.json().writeValueAsString(body))
				.build();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("the timeliness summary could not be written as JSON", ex);
		}
	}

}
