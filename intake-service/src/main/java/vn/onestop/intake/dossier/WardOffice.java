package vn.onestop.intake.dossier;

/** The center a dossier was received at, as printed on the receipt slip. */
record WardOffice(String wardCode, String agencyCode, String centerName, String lookupUrl, String hotline) {
}
