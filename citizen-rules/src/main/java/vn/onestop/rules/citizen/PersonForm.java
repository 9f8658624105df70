package vn.onestop.rules.citizen;

/** A person's fields as a client typed them, before {@link PersonFormValidator} checks them. */
public record PersonForm(String fullName, String idNumber, String dateOfBirth, String gender, String phone,
		String email, Address address) {

	public record Address(String line, String wardCode) {
	}

}
