package vn.onestop.citizen.records;

import java.util.List;

import vn.onestop.rules.citizen.FieldProblem;

/** A citizen form with one or more fields at fault, all of them listed. */
final class InvalidCitizenForm extends RuntimeException {

	private final List<FieldProblem> problems;

	InvalidCitizenForm(List<FieldProblem> problems) {
		super("Invalid fields: " + problems.stream().map(FieldProblem::field).toList(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

}
