package vn.onestop.intake.queue.serving;

import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;

/** A ticket after a call or an action, with the set-up it was decided under. */
record Served(StoredSetup setup, StoredTicket ticket) {
}
