package vn.onestop.support.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.util.ReferenceCountUtil;

/**
 * Gives a problem+json body to the error answers that Netty and Reactor Netty write without one, before Spring
 * sees the request: a request line over the limit (414), headers over the limit (431), a request line or header
 * that is not HTTP, or a URI Spring cannot parse (400). It sits right after the HTTP codec, so it sees every
 * request decoded and every answer written; only empty-bodied errors without a content type are touched, which
 * the platform's own answers never are. One instance per connection: it pairs answers with requests in order,
 * so that an answer to HEAD gets the problem's content type but no body.
 */
public final class BareErrorProblemHandler extends ChannelDuplexHandler {

	/** Its name in the channel pipeline. */
	public static final String NAME = "onestop.bareErrorProblems";

	private static final String PROBLEM_JSON = "application/problem+json";

	private final Queue<HttpMethod> methods = new ArrayDeque<>();

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
		if (msg instanceof HttpRequest request) {
			this.methods.add(request.method());
		}
		super.channelRead(ctx, msg);
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
		if (msg instanceof HttpResponse response && response.status().code() >= 200) {
			HttpMethod method = this.methods.poll();
			if (isBareError(response)) {
				if (HttpMethod.HEAD.equals(method)) {
					// what a GET would have answered, without its body
					response.headers().set(HttpHeaderNames.CONTENT_TYPE, PROBLEM_JSON);
				}
				else if (msg instanceof FullHttpResponse full) {
					super.write(ctx, withProblem(full), promise);
					return;
				}
			}
		}
		super.write(ctx, msg, promise);
	}

	private static boolean isBareError(HttpResponse response) {
		return response.status().code() >= 400 && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
				&& !(response instanceof FullHttpResponse full && full.content().isReadable());
	}

	private static FullHttpResponse withProblem(FullHttpResponse bare) {
		int status = bare.status().code();
		String requestId = bare.headers().get(RequestIds.HEADER, RequestIds.generate());
		byte[] body = BareErrorProblems.json(status, requestId).getBytes(StandardCharsets.UTF_8);
		FullHttpResponse answer = new DefaultFullHttpResponse(bare.protocolVersion(), bare.status(),
				Unpooled.wrappedBuffer(body), bare.headers().copy(), bare.trailingHeaders().copy());
		answer.headers()
			.set(HttpHeaderNames.CONTENT_TYPE, PROBLEM_JSON)
			.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
			.set(RequestIds.HEADER, requestId);
		ReferenceCountUtil.release(bare);
		return answer;
	}

}
