package vn.onestop.citizen.ward;

/** A province in force on a day and how many commune-level units it then had. */
record ProvinceView(String code, String name, long wards) {
}
