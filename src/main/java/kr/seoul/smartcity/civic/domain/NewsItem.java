package kr.seoul.smartcity.civic.domain;

import java.time.LocalDate;

/** A news article about a project: where and when it appeared, and its address. */
public record NewsItem(String projectCode, LocalDate publishedOn, String outlet, String title, String url) {}
