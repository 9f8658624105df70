package vn.onestop.citizen.ward;

/**
 * An old unit that went (wholly or, when partial, in part) into a new one. Old→new is many-to-many: a split
 * old unit has several successors, and then every one of its links is partial.
 */
public record MergerLink(AdminUnit successor, AdminUnit predecessor, boolean partial) {
}
