package vn.onestop.intake.queue.statistics;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A ward's queue day for its leader: per field, per counter and in all, the tickets issued, served, no-show, not
 * served (left at closing) and still waiting; waiting (taken to the latest call) and service (start to finish) times
 * in minutes at p50 and p90, null when nothing was measured; the no-show rate among the tickets called.
 */
record QueueDayStatistics(LocalDate day, List<Figures> fields, List<CounterFigures> counters, Figures total,
		Double noShowRate) {

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Figures(@JsonInclude(JsonInclude.Include.NON_NULL) String field,
			@JsonInclude(JsonInclude.Include.NON_NULL) String fieldName, long issued, long served, long noShow,
			long notServed, long waiting, Double waitMinutesP50, Double waitMinutesP90, Double serviceMinutesP50,
			Double serviceMinutesP90) {
	}

	record CounterFigures(int counter, long served, Double serviceMinutesP50, Double serviceMinutesP90) {
	}

}
