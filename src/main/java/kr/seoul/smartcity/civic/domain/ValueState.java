package kr.seoul.smartcity.civic.domain;

/** A yearly value's life: a target only, a value a department entered, a value the index owner confirmed. */
public enum ValueState {
    PLANNED, ENTERED, CONFIRMED
}
