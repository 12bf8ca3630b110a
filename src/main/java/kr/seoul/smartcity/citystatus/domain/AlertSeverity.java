package kr.seoul.smartcity.citystatus.domain;

public enum AlertSeverity {
    WARNING, CRITICAL
}
