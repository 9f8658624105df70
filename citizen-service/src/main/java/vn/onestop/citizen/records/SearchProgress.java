package vn.onestop.citizen.records;

/**
 * How far a page of hits has come while the kinds of {@link NameMatch} are asked in turn: how many of the next kind's
 * hits belong to earlier pages ({@code skip}), how many the page still wants ({@code take}, one more than its size, to
 * tell whether another page follows), and how many hits the kinds asked so far hold ({@code matched}).
 */
record SearchProgress(long skip, int take, long matched) {

	static SearchProgress start(CitizenSearchQuery query) {
		return new SearchProgress(query.offset(), query.size() + 1, 0);
	}

	boolean pageFull() {
		return this.take == 0;
	}

	/**
	 * Whether a kind that answered {@code found} hits, fewer than asked, holds {@code skip + found} in all; otherwise
	 * (none found after skipping some) it has to be counted.
	 */
	boolean sizeKnownFrom(int found) {
		return found > 0 || this.skip == 0;
	}

	/** After a kind that answered {@code found} hits of this page and holds {@code size} in all. */
	SearchProgress after(int found, long size) {
		return new SearchProgress(Math.max(0, this.skip - size), this.take - found, this.matched + size);
	}

}
