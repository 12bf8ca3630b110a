package kr.seoul.smartcity.civic.service;

/** A proposal as a citizen writes it: what, to which department, and the name to show (may be empty). */
public record NewProposal(String title, String body, String departmentCode, String authorName) {

    public static final int MIN_TITLE = 5;
    public static final int MAX_TITLE = 120;
    public static final int MIN_BODY = 20;
    public static final int MAX_BODY = 4000;
    public static final int MAX_NAME = 40;
}
