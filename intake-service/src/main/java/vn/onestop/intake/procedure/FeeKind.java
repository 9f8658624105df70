package vn.onestop.intake.procedure;

/** Free, a fixed amount per dossier, an amount per item (page, copy), or assessed later (e.g. land levy). */
public enum FeeKind {

	FREE, FIXED, PER_ITEM, ASSESSED

}
