package kr.seoul.smartcity.citystatus.domain;

/** How finely a history is read: raw values, hourly or daily rollups. */
public enum Resolution {
    RAW,
    HOUR,
    DAY
}
