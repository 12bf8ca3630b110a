package kr.seoul.smartcity.approval.domain;

import java.util.List;

/** A user's saved approval line (자주 쓰는 결재선). */
public record SavedLine(long id, String owner, String name, List<LineEntry> entries) {}
