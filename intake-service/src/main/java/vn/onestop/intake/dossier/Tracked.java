package vn.onestop.intake.dossier;

/** A dossier with its lifecycle progress, as read before a change. */
record Tracked(Dossier dossier, Progress progress) {
}
