package kr.seoul.smartcity.directive.domain;

/** How urgent a directive is; the board lists urgent ones first. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public String labelKey() {
        return "directive.priority." + name().toLowerCase();
    }
}
