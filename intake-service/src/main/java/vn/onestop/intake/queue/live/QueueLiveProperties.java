package vn.onestop.intake.queue.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live change signal of the walk-in queue (docs/queue.md, "Live updates").
 *
 * @param coalesce at most one event per ward and stream in this window: an opening rush must not flood the displays
 * @param heartbeat a comment line on every stream this often, so proxies and browsers keep an idle stream open
 * @param maxStreamsPerWard open streams of one ward on one instance; more are refused with 503
 * @param probeInterval how often the listening connection is asked whether it is still alive
 * @param probeTimeout how long that question may take before the connection counts as lost
 * @param reconnectFirst the wait before the first attempt to listen again after a drop, doubling up to reconnectMax
 * @param reconnectMax the longest wait between attempts to listen again
 */
@ConfigurationProperties("intake.queue.live")
record QueueLiveProperties(@DefaultValue("200ms") Duration coalesce, @DefaultValue("15s") Duration heartbeat,
		@DefaultValue("500") int maxStreamsPerWard, @DefaultValue("10s") Duration probeInterval,
		@DefaultValue("5s") Duration probeTimeout, @DefaultValue("500ms") Duration reconnectFirst,
		@DefaultValue("15s") Duration reconnectMax) {

}
