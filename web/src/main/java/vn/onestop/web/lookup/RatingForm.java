package vn.onestop.web.lookup;

/** The rating a citizen gives a returned dossier: one of three levels and a comment, with the look-up's code and digits. */
public record RatingForm(String code, String phoneLast4, String rating, String comment) {

	public RatingForm {
		code = code == null ? "" : code.strip();
		phoneLast4 = phoneLast4 == null ? "" : phoneLast4.strip();
		rating = rating == null ? "" : rating.strip();
		comment = comment == null ? "" : comment.strip();
	}

	LookupForm lookup() {
		return new LookupForm(this.code, this.phoneLast4);
	}

	/** The body of intake's {@code POST /dossiers/{code}/rating}. */
	record Body(String rating, String comment, String phoneLast4) {
	}

	Body body() {
		return new Body(this.rating, this.comment.isEmpty() ? null : this.comment, this.phoneLast4);
	}

}
