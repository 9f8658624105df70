package vn.onestop.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** How the admin pages write days ({@code dd/MM/yyyy}) and turn an API field name into an element id. */
@Component("adminFormats")
public class AdminFormats {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public String day(LocalDate date) {
		return date == null ? "" : date.format(DAY);
	}

	/** {@code requiredDocuments[0].name} becomes {@code f-requiredDocuments-0-name}, an id a CSS selector can name. */
	public String id(String field) {
		return "f-" + field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
	}

}
