package vn.onestop.intake.queue.live;

/**
 * The data of a {@code changed} event: the ward, and the event's number on this stream's instance (it grows by one
 * per event sent; a gap means events were coalesced or dropped, which is harmless: each one only says "fetch again").
 */
record QueueChanged(String ward, long seq) {

}
