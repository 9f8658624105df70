package vn.onestop.citizen.ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The old→new links the matcher resolved, and every predecessor name it could not resolve. */
public record MergerMap(List<MergerLink> links, List<UnmatchedPredecessor> unmatched, int predecessorNames) {

	public MergerMap {
		links = splitsMarkedPartial(links);
		unmatched = List.copyOf(unmatched);
	}

	public double matchRate() {
		return this.predecessorNames == 0 ? 1.0 : 1.0 - (double) this.unmatched.size() / this.predecessorNames;
	}

	public List<MergerLink> predecessorsOf(String successorCode) {
		return this.links.stream().filter(l -> l.successor().code().equals(successorCode)).toList();
	}

	public List<MergerLink> successorsOf(String predecessorCode) {
		return this.links.stream().filter(l -> l.predecessor().code().equals(predecessorCode)).toList();
	}

	/** One link per pair; partial when the map says so or when the old unit was split among several new ones. */
	private static List<MergerLink> splitsMarkedPartial(List<MergerLink> links) {
		Map<String, MergerLink> byPair = new LinkedHashMap<>();
		for (MergerLink link : links) {
			String pair = link.successor().code() + ">" + link.predecessor().code();
			byPair.merge(pair, link, (a, b) -> new MergerLink(a.successor(), a.predecessor(), a.partial() && b.partial()));
		}
		Map<String, Integer> successorCount = new HashMap<>();
		byPair.values().forEach(l -> successorCount.merge(l.predecessor().code(), 1, Integer::sum));
		List<MergerLink> result = new ArrayList<>();
		for (MergerLink link : byPair.values()) {
			boolean split = successorCount.get(link.predecessor().code()) > 1;
			result.add(link.partial() || !split ? link : new MergerLink(link.successor(), link.predecessor(), true));
		}
		return List.copyOf(result);
	}

}
