package vn.onestop.citizen.ward;

/** A province-level unit of one period: code, short name (Hà Nội) and full name (Thành phố Hà Nội). */
public record Province(String code, String name, String fullName) {
}
