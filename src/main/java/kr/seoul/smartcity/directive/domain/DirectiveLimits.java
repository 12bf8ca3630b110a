package kr.seoul.smartcity.directive.domain;

/** How long the texts of directives and reports may be. */
public final class DirectiveLimits {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;
    public static final int MAX_NOTE = 4000;
    public static final int MAX_REPORT_BODY = 100_000;
    public static final int MAX_ANNOTATION = 500;

    private DirectiveLimits() {}
}
