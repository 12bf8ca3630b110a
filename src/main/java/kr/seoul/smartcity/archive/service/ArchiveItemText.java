package kr.seoul.smartcity.archive.service;

/** An item's title, its summary as catalogued, and the text extracted from its files, joined. */
public record ArchiveItemText(long id, String title, String summary, String text) {}
