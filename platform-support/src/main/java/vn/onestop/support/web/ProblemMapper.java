package vn.onestop.support.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns any exception into the problem the client sees. Never copies exception messages of
 * unknown errors into the answer: they may hold SQL, stack details or personal data.
 */
public final class ProblemMapper {

	public ProblemException toProblem(Throwable error) {
		if (error instanceof ProblemException known) {
			return known;
		}
		if (DatabaseUnavailable.causeIn(error) != null) {
			return DatabaseUnavailable.problem();
		}
		if (causedBy(error, DataBufferLimitException.class)) {
			return PayloadTooLargeException.withoutLimit();
		}
		if (error instanceof WebExchangeBindException bind) {
			return ProblemException.validation(fieldErrors(bind));
		}
		if (error instanceof UnsupportedMediaTypeStatusException unsupported) {
			return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
					"Unsupported media type", "Content type '" + unsupported.getContentType()
							+ "' is not supported here; use one of " + unsupported.getSupportedMediaTypes() + ".");
		}
		if (error instanceof NotAcceptableStatusException) {
			return new ProblemException(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
					"No representation matches the Accept header.");
		}
		if (error instanceof MethodNotAllowedException notAllowed) {
			return new ProblemException(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED,
					"Method not allowed", "Method " + notAllowed.getHttpMethod() + " is not allowed here.");
		}
		if (error instanceof ServerWebInputException input) {
			return inputProblem(input);
		}
		if (error instanceof ServerErrorException serverError && isPathVariable(serverError.getMethodParameter())) {
			return blankPathVariable(serverError.getMethodParameter());
		}
		if (error instanceof ErrorResponse response) {
			return byStatus(response.getStatusCode());
		}
		return new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
				"An unexpected error occurred. Quote the request id when you contact support.");
	}

	/**
	 * WebFlux reports a path variable that converted to null as a server error (it takes the template to lack it),
	 * but a route only matched because the segment was there: it was blank, e.g. {@code /citizens/%20} for a UUID.
	 */
	private static boolean isPathVariable(MethodParameter parameter) {
		return parameter != null && parameter.hasParameterAnnotation(PathVariable.class);
	}

	private static ProblemException blankPathVariable(MethodParameter parameter) {
		String name = String.valueOf(parameter.getParameterName());
		String expected = parameter.getParameterType().getSimpleName().toLowerCase(Locale.ROOT);
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				"Path parameter '" + name + "' must be a " + expected + ", not blank.",
				List.of(new ProblemException.FieldError(name, "must be a " + expected)));
	}

	private ProblemException inputProblem(ServerWebInputException input) {
		TypeMismatchException mismatch = cause(input, TypeMismatchException.class);
		if (mismatch != null) {
			String name = input.getMethodParameter() != null ? input.getMethodParameter().getParameterName()
					: mismatch.getPropertyName();
			String expected = mismatch.getRequiredType() != null
					? mismatch.getRequiredType().getSimpleName().toLowerCase(Locale.ROOT) : "another type";
			return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
					"Parameter '" + name + "' must be of type " + expected + ".",
					List.of(new ProblemException.FieldError(String.valueOf(name), "must be of type " + expected)));
		}
		if (input instanceof MissingRequestValueException missing) {
			return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Missing parameter",
					"Required " + missing.getLabel() + " '" + missing.getName() + "' is missing.",
					List.of(new ProblemException.FieldError(missing.getName(), "is required")));
		}
		DatabindException databind = cause(input, DatabindException.class);
		if (databind != null && !databind.getPath().isEmpty()) {
			String path = jsonPath(databind.getPath());
			return ProblemException.validation(List.of(new ProblemException.FieldError(path, "has the wrong type or format")));
		}
		if (causedBy(input, StreamReadException.class) || causedBy(input, JacksonException.class)
				|| causedBy(input, DecodingException.class)) {
			return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_BODY, "Malformed body",
					"The request body is not valid JSON.");
		}
		if (input.getReason() != null && input.getReason().toLowerCase(Locale.ROOT).contains("body")) {
			return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_BODY, "Missing body",
					"A request body is required.");
		}
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Bad request",
				"The request could not be read.");
	}

	private static ProblemException byStatus(HttpStatusCode code) {
		HttpStatus status = HttpStatus.resolve(code.value());
		if (status == null) {
			status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		return switch (status) {
			case NOT_FOUND -> new ProblemException(status, ProblemTypes.NOT_FOUND, "Not found",
					"No resource exists at this path.");
			case CONFLICT -> new ProblemException(status, ProblemTypes.CONFLICT, "Conflict",
					"The request conflicts with the current state of the resource.");
			case CONTENT_TOO_LARGE -> PayloadTooLargeException.withoutLimit();
			case SERVICE_UNAVAILABLE -> new ProblemException(status, ProblemTypes.SERVICE_UNAVAILABLE,
					"Service unavailable", "The service is temporarily unavailable; try again shortly.");
			default -> status.is4xxClientError()
					? new ProblemException(status, kindOf(status), status.getReasonPhrase(), status.getReasonPhrase() + ".")
					: new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
							"An unexpected error occurred. Quote the request id when you contact support.");
		};
	}

	private static String kindOf(HttpStatus status) {
		return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

	private static List<ProblemException.FieldError> fieldErrors(WebExchangeBindException bind) {
		List<ProblemException.FieldError> errors = new ArrayList<>();
		bind.getFieldErrors().forEach(e -> errors.add(new ProblemException.FieldError(e.getField(),
				e.getDefaultMessage() != null ? e.getDefaultMessage() : "is invalid")));
		bind.getGlobalErrors().forEach(e -> errors.add(new ProblemException.FieldError(e.getObjectName(),
				e.getDefaultMessage() != null ? e.getDefaultMessage() : "is invalid")));
		return errors;
	}

	private static String jsonPath(List<JacksonException.Reference> path) {
		StringBuilder out = new StringBuilder();
		for (JacksonException.Reference ref : path) {
			if (ref.getPropertyName() != null) {
				out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				out.append('[').append(ref.getIndex()).append(']');
			}
		}
		return out.toString();
	}

	private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
		return cause(error, type) != null;
	}

	private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
