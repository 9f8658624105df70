package vn.onestop.intake.queue.reading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.queue.QueueProblems;
import vn.onestop.intake.queue.model.CenterSetup;
import vn.onestop.intake.queue.model.QueueDay;
import vn.onestop.intake.queue.model.QueueOrder;
import vn.onestop.intake.queue.model.Ticket;
import vn.onestop.intake.queue.model.TicketNumber;
import vn.onestop.intake.queue.model.TicketStatus;
import vn.onestop.intake.queue.persistence.SetupRepository;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.persistence.TicketRepository;

/**
 * Today's tickets of a ward as views: the list (by status and field), one ticket with its history, a citizen's own.
 * People ahead are counted by the model's QueueOrder against the ward's waiting tickets of the moment.
 */
@Service
class ReadingTickets {

	private final SetupRepository setups;

	private final TicketRepository tickets;

	private final Clock clock;

	ReadingTickets(SetupRepository setups, TicketRepository tickets, ObjectProvider<Clock> clock) {
		this.setups = setups;
		this.tickets = tickets;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	LocalDate today() {
		return QueueDay.of(this.clock.instant());
	}

	Mono<TicketList> list(String ward, String statuses, String field) {
		Set<TicketStatus> wanted = statuses(statuses);
		LocalDate day = today();
		return setup(ward).flatMap(setup -> this.tickets.list(ward, day, List.of()).collectList().map(all -> {
			List<Ticket> waiting = waiting(all);
			Comparator<Ticket> order = setup.setup().ordering().order();
			List<StoredTicket> chosen = all.stream()
				.filter(stored -> wanted.isEmpty() || wanted.contains(stored.ticket().status()))
				.filter(stored -> field == null || field.isBlank() || stored.ticket().field().equals(field.strip()))
				.sorted(Comparator.comparing((StoredTicket stored) -> stored.ticket().status() != TicketStatus.WAITING)
					.thenComparing((a, b) -> a.ticket().status() == TicketStatus.WAITING
							&& b.ticket().status() == TicketStatus.WAITING ? order.compare(a.ticket(), b.ticket()) : 0))
				.toList();
			return new TicketList(day, views(chosen, setup.setup(), waiting));
		}));
	}

	Mono<TicketView> one(String ward, String number) {
		LocalDate day = today();
		return Mono.justOrEmpty(TicketNumber.parse(number))
			.flatMap(parsed -> this.tickets.find(ward, day, parsed))
			.switchIfEmpty(Mono.error(QueueProblems::ticketNotFound))
			.flatMap(stored -> setup(ward).zipWith(this.tickets.list(ward, day, List.of(TicketStatus.WAITING))
				.collectList())
				.flatMap(both -> this.tickets.history(stored.id())
					.collectList()
					.map(history -> view(stored, both.getT1().setup(), waiting(both.getT2())).withHistory(history))));
	}

	Mono<TicketList> mine(String ward, String citizenPid) {
		LocalDate day = today();
		return setup(ward).flatMap(setup -> this.tickets.list(ward, day, List.of(TicketStatus.WAITING))
			.collectList()
			.zipWith(this.tickets.ofCitizen(ward, day, citizenPid).collectList())
			.map(both -> new TicketList(day, views(both.getT2(), setup.setup(), waiting(both.getT1())))));
	}

	private Mono<StoredSetup> setup(String ward) {
		return this.setups.find(ward).switchIfEmpty(Mono.error(QueueProblems::notSetUp));
	}

	private static List<Ticket> waiting(Collection<StoredTicket> tickets) {
		return tickets.stream()
			.map(StoredTicket::ticket)
			.filter(ticket -> ticket.status() == TicketStatus.WAITING)
			.toList();
	}

	private static List<TicketView> views(List<StoredTicket> chosen, CenterSetup setup, List<Ticket> waiting) {
		List<TicketView> views = new ArrayList<>(chosen.size());
		chosen.forEach(stored -> views.add(view(stored, setup, waiting)));
		return views;
	}

	private static TicketView view(StoredTicket stored, CenterSetup setup, List<Ticket> waiting) {
		Integer ahead = stored.ticket().status() == TicketStatus.WAITING
				? QueueOrder.ahead(stored.ticket(), waiting, setup.ordering()) : null;
		return TicketView.of(stored, setup, ahead);
	}

	static Set<TicketStatus> statuses(String written) {
		Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
		if (written == null || written.isBlank()) {
			return statuses;
		}
		for (String name : written.split(",")) {
			TicketStatus status = Arrays.stream(TicketStatus.values())
				.filter(known -> known.name().equals(name.strip()))
				.findFirst()
				.orElseThrow(() -> QueueProblems.invalidParameter("status",
						"must be one of " + Arrays.toString(TicketStatus.values())));
			statuses.add(status);
		}
		return statuses;
	}

}
