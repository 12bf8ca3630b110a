package kr.seoul.smartcity.citystatus.service;

/** What is wrong with one line of an uploaded file (line 1 is the header). */
public record CsvRowError(long line, String message) {}
