package kr.seoul.smartcity.civic.domain;

/** Whether an index gets better as it grows (green space per person) or as it falls (traffic deaths). */
public enum Direction {
    HIGHER, LOWER
}
