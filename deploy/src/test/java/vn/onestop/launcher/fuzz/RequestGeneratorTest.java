package vn.onestop.launcher.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzzer itself: a request depends on the seed and its number only, and every operation gets its turn. */
class RequestGeneratorTest {

	private static final String DOCUMENT = """
			{"openapi":"3.1.0","servers":[{"url":"/api/v1/things"}],
			 "paths":{"/items/{id}":{"get":{"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string","format":"uuid"}}]},
			                         "patch":{"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}},
			                                                {"name":"If-Match","in":"header","schema":{"type":"string"}}],
			                                  "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Item"}}}}}},
			          "/items":{"get":{"parameters":[{"name":"page","in":"query","schema":{"type":"integer"}}]}}},
			 "components":{"schemas":{"Item":{"type":"object","required":["name"],
			   "properties":{"name":{"type":"string","maxLength":100},"ward":{"type":"string","pattern":"\\\\d{5}"},
			                 "tags":{"type":"array","items":{"type":"string"}}}}}}}
			""";

	private static final Map<String, String> TOKENS = Map.of("OFFICER_TOKEN", "a.b.officer", "CITIZEN_TOKEN", "a.b.citizen");

	private final List<ApiOperation> operations = OpenApiOperations.of(DOCUMENT);

	@Test
	void readsEveryOperationWithItsPublicPath() {
		assertThat(this.operations).extracting(ApiOperation::key)
			.containsExactlyInAnyOrder("GET /api/v1/things/items/{id}", "PATCH /api/v1/things/items/{id}",
					"GET /api/v1/things/items");
	}

	@Test
	void sendsTheSameRequestForTheSameSeedAndNumberWhateverRanBefore() {
		RequestGenerator first = new RequestGenerator(this.operations, TOKENS, 42);
		RequestGenerator second = new RequestGenerator(this.operations, TOKENS, 42);
		IntStream.range(0, 500).forEach(first::request);

		for (int index : List.of(0, 7, 96, 193, 499, 4_999)) {
			assertThat(second.request(index).bytes()).isEqualTo(first.request(index).bytes());
		}
	}

	@Test
	void sendsOtherRequestsForAnotherSeed() {
		RequestGenerator one = new RequestGenerator(this.operations, TOKENS, 1);
		RequestGenerator two = new RequestGenerator(this.operations, TOKENS, 2);

		long differing = IntStream.range(0, 100)
			.filter(i -> !java.util.Arrays.equals(one.request(i).bytes(), two.request(i).bytes()))
			.count();
		assertThat(differing).isGreaterThan(90);
	}

	@Test
	void givesEveryOperationItsTurnAndMixesCallersAndMalformedRequests() {
		RequestGenerator generator = new RequestGenerator(this.operations, TOKENS, 7);
		Set<String> operations = new HashSet<>();
		Set<String> callers = new HashSet<>();
		int malformed = 0;
		for (int i = 0; i < 1_000; i++) {
			FuzzRequest request = generator.request(i);
			operations.add(request.operation());
			callers.add(request.caller());
			malformed += request.isRaw() ? 1 : 0;
		}

		assertThat(operations).containsAll(this.operations.stream().map(ApiOperation::key).toList());
		assertThat(callers).contains("OFFICER_TOKEN", "CITIZEN_TOKEN", "none", "forged", "malformed");
		assertThat(malformed).isEqualTo(10);
	}

	@Test
	void describesARequestWithItsNumberAndTheRoleInsteadOfTheToken() {
		RequestGenerator generator = new RequestGenerator(this.operations, TOKENS, 3);
		FuzzRequest request = IntStream.range(0, 200)
			.mapToObj(generator::request)
			.filter(r -> r.caller().endsWith("_TOKEN"))
			.findFirst()
			.orElseThrow();

		assertThat(request.describe()).startsWith("#" + request.index() + " (")
			.contains("Authorization: <" + request.caller() + ">")
			.doesNotContain(TOKENS.get(request.caller()));
		assertThat(new String(request.bytes(), StandardCharsets.ISO_8859_1)).contains("Connection: close\r\n");
	}

	@Test
	void judgesEvery5xxAndEvery4xxWithoutAProblemAFailure() {
		assertThat(Fuzzer.judge(answer(500, "application/problem+json"))).contains("server error");
		assertThat(Fuzzer.judge(answer(503, "application/problem+json"))).contains("server error");
		assertThat(Fuzzer.judge(answer(400, ""))).contains("without application/problem+json");
		assertThat(Fuzzer.judge(answer(414, "text/plain"))).contains("without application/problem+json");
		assertThat(Fuzzer.judge(new RawExchange.Answer(0, Map.of(), "no answer"))).isEqualTo("no HTTP answer");
		assertThat(Fuzzer.judge(answer(404, "application/problem+json"))).isNull();
		assertThat(Fuzzer.judge(answer(200, "application/json"))).isNull();
	}

	private static RawExchange.Answer answer(int status, String contentType) {
		return new RawExchange.Answer(status, contentType.isEmpty() ? Map.of() : Map.of("content-type", contentType), "");
	}

}
