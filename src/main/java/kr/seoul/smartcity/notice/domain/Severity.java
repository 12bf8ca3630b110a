package kr.seoul.smartcity.notice.domain;

/** How urgent a notice is; the screens colour it accordingly. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public String labelKey() {
        return "severity." + name().toLowerCase();
    }
}
