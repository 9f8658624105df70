package vn.onestop.support.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProblemMapperTest {

	private final ProblemMapper mapper = new ProblemMapper();

	@Test
	void passesAKnownProblemThroughUnchanged() {
		ProblemException known = new ProblemException(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
				"Dossier already received.");

		assertThat(this.mapper.toProblem(known)).isSameAs(known);
	}

	@Test
	void answersEveryWayOfLosingTheDatabaseWith503DatabaseUnavailableAndRetryAfter() {
		java.net.ConnectException refused = new java.net.ConnectException("Connection refused");
		List<Throwable> lost = List.of(
				new org.springframework.dao.DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
						new io.r2dbc.spi.R2dbcNonTransientResourceException("Cannot connect to localhost", refused)),
				new org.springframework.transaction.CannotCreateTransactionException(
						"Could not open R2DBC Connection for transaction", refused),
				new org.springframework.dao.DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
						new io.r2dbc.spi.R2dbcTimeoutException("Connection acquisition timed out after 30000ms")),
				new org.springframework.dao.TransientDataAccessResourceException("terminating connection"),
				new io.r2dbc.spi.R2dbcTransientResourceException("the database system is starting up"),
				new IllegalStateException("wrapped", new io.r2dbc.spi.R2dbcNonTransientResourceException("Connection closed")));

		for (Throwable error : lost) {
			ProblemException problem = this.mapper.toProblem(error);

			assertThat(problem.status()).as("status for %s", error).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(problem.kind()).isEqualTo(ProblemTypes.DATABASE_UNAVAILABLE);
			assertThat(problem.headers().getFirst("Retry-After")).isEqualTo("5");
		}
	}

	@Test
	void doesNotBlameTheDatabaseForAnotherRefusedConnectionOrABadQuery() {
		assertThat(this.mapper.toProblem(new java.net.ConnectException("Connection refused")).kind())
			.isEqualTo(ProblemTypes.INTERNAL);
		assertThat(this.mapper.toProblem(new org.springframework.r2dbc.BadSqlGrammarException("select", "select x",
				new io.r2dbc.spi.R2dbcBadGrammarException("no such column"))).kind()).isEqualTo(ProblemTypes.INTERNAL);
	}

	@Test
	void turnsBindingErrorsIntoAValidationProblemNamingEachField() throws Exception {
		Form form = new Form("", -1);
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
		result.rejectValue("name", "NotBlank", "must not be blank");
		result.rejectValue("age", "Min", "must be greater than or equal to 0");
		WebExchangeBindException bind = new WebExchangeBindException(parameter("create", 0), result);

		ProblemException problem = this.mapper.toProblem(bind);

		assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.VALIDATION);
		assertThat(problem.fieldErrors()).containsExactly(
				new ProblemException.FieldError("name", "must not be blank"),
				new ProblemException.FieldError("age", "must be greater than or equal to 0"));
	}

	@Test
	void namesTheParameterOfTheWrongType() throws Exception {
		ServerWebInputException input = new ServerWebInputException("Type mismatch.", parameter("list", 0),
				new TypeMismatchException("abc", int.class));

		ProblemException problem = this.mapper.toProblem(input);

		assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.INVALID_PARAMETER);
		assertThat(problem.getMessage()).contains("'page'").contains("int");
		assertThat(problem.fieldErrors()).extracting(ProblemException.FieldError::field).containsExactly("page");
	}

	@Test
	void namesTheMissingParameter() throws Exception {
		MissingRequestValueException missing = new MissingRequestValueException("page", int.class, "query parameter",
				parameter("list", 0));

		ProblemException problem = this.mapper.toProblem(missing);

		assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.INVALID_PARAMETER);
		assertThat(problem.getMessage()).contains("query parameter").contains("'page'");
		assertThat(problem.fieldErrors()).containsExactly(new ProblemException.FieldError("page", "is required"));
	}

	@Test
	void namesTheJsonPathOfAValueOfTheWrongType() throws Exception {
		DatabindException databind = catchThrowableOfType(DatabindException.class,
				() -> JsonMapper.builder().build().readValue("{\"owner\":{\"pets\":[{\"age\":\"old\"}]}}", Household.class));
		ServerWebInputException input = new ServerWebInputException("Failed to read HTTP message", parameter("create", 0),
				new DecodingException("JSON decoding error", databind));

		ProblemException problem = this.mapper.toProblem(input);

		assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.VALIDATION);
		assertThat(problem.fieldErrors()).extracting(ProblemException.FieldError::field)
			.containsExactly("owner.pets[0].age");
	}

	@Test
	void reportsMalformedJsonAsAMalformedBody() throws Exception {
		JacksonException malformed = catchThrowableOfType(JacksonException.class,
				() -> JsonMapper.builder().build().readTree("{\"name\": tru"));
		ServerWebInputException input = new ServerWebInputException("Failed to read HTTP message", parameter("create", 0),
				new DecodingException("JSON decoding error", malformed));

		ProblemException problem = this.mapper.toProblem(input);

		assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.MALFORMED_BODY);
		assertThat(problem.fieldErrors()).isEmpty();
	}

	@Test
	void reportsABufferLimitAnywhereInTheCauseChainAsPayloadTooLarge() {
		RuntimeException wrapped = new IllegalStateException("decoding failed",
				new RuntimeException(new DataBufferLimitException("Exceeded limit on max bytes to buffer : 1024")));

		ProblemException problem = this.mapper.toProblem(wrapped);

		assertThat(problem.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(problem.status().value()).isEqualTo(413);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.PAYLOAD_TOO_LARGE);
	}

	@Test
	void reportsAnUnsupportedMediaType() {
		ProblemException problem = this.mapper.toProblem(
				new UnsupportedMediaTypeStatusException(MediaType.TEXT_PLAIN, List.of(MediaType.APPLICATION_JSON)));

		assertThat(problem.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
		assertThat(problem.getMessage()).contains("text/plain").contains("application/json");
	}

	@Test
	void reportsNotAcceptable() {
		ProblemException problem = this.mapper
			.toProblem(new NotAcceptableStatusException(List.of(MediaType.APPLICATION_JSON)));

		assertThat(problem.status()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.NOT_ACCEPTABLE);
	}

	@Test
	void reportsAMethodNotAllowed() {
		ProblemException problem = this.mapper
			.toProblem(new MethodNotAllowedException(HttpMethod.DELETE, List.of(HttpMethod.GET, HttpMethod.POST)));

		assertThat(problem.status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.METHOD_NOT_ALLOWED);
		assertThat(problem.getMessage()).contains("DELETE");
	}

	@Test
	void reportsANotFoundStatusAsNotFound() {
		ProblemException problem = this.mapper.toProblem(new ResponseStatusException(HttpStatus.NOT_FOUND, "No static resource x."));

		assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.NOT_FOUND);
	}

	@Test
	void hidesTheMessageOfAnUnknownError() {
		ProblemException problem = this.mapper
			.toProblem(new IllegalStateException("secret SQL select national_id from citizen where id = 42"));

		assertThat(problem.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.INTERNAL);
		assertThat(problem.getMessage()).doesNotContain("secret").doesNotContain("select").doesNotContain("national_id");
		assertThat(problem.fieldErrors()).isEmpty();
	}

	@Test
	void hidesTheReasonOfA5xxStatus() {
		ProblemException problem = this.mapper
			.toProblem(new ResponseStatusException(HttpStatus.BAD_GATEWAY, "secret upstream host db-7.internal"));

		assertThat(problem.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.INTERNAL);
		assertThat(problem.getMessage()).doesNotContain("secret");
	}

	@Test
	void reportsABlankPathVariableAsAnInvalidParameter() throws Exception {
		// what WebFlux throws for GET /citizens/%20 when the handler takes @PathVariable UUID id
		ProblemException problem = this.mapper.toProblem(new ServerErrorException("id", parameter("byId", 0), null));

		assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.INVALID_PARAMETER);
		assertThat(problem.fieldErrors()).containsExactly(new ProblemException.FieldError("id", "must be a uuid"));
	}

	@Test
	void keepsAServerErrorOfAnythingButAPathVariableInternal() throws Exception {
		ProblemException problem = this.mapper.toProblem(new ServerErrorException("page", parameter("list", 0), null));

		assertThat(problem.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(problem.kind()).isEqualTo(ProblemTypes.INTERNAL);
	}

	private static MethodParameter parameter(String method, int index) throws NoSuchMethodException {
		Method target = switch (method) {
			case "list" -> Handlers.class.getDeclaredMethod("list", int.class);
			case "byId" -> Handlers.class.getDeclaredMethod("byId", UUID.class);
			default -> Handlers.class.getDeclaredMethod("create", Form.class);
		};
		MethodParameter parameter = new MethodParameter(target, index);
		parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
		return parameter;
	}

	record Form(String name, int age) {
	}

	record Pet(int age) {
	}

	record Owner(List<Pet> pets) {
	}

	record Household(Owner owner) {
	}

	static final class Handlers {

		void list(int page) {
		}

		void create(Form form) {
		}

		void byId(@PathVariable UUID id) {
		}

	}

}
