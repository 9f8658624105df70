package vn.onestop.intake.dossier;

/** A document of the checklist as handed in, with the procedure's name for it at intake. */
record HandedInDocument(int position, String key, String name, int originals, int certifiedCopies, int copies) {
}
