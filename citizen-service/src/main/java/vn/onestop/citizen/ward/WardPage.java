package vn.onestop.citizen.ward;

import java.util.List;

/** One page of units in force on a day, with the total number that match. */
record WardPage(List<WardView> items, int page, int size, long total) {
}
