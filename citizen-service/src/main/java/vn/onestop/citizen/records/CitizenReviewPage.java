package vn.onestop.citizen.records;

import java.util.List;

/** One page of reviews, oldest first. */
record CitizenReviewPage(List<CitizenReviewView> items, int page, int size, long total) {
}
