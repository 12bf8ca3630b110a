package kr.seoul.smartcity.theme.service;

import java.util.List;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.theme.domain.ThemeItem;

/** A theme as an editor wrote it, with its items in the order they are shown. */
public record ThemeDraft(
        String slug,
        String titleKo,
        String titleEn,
        String introKo,
        String introEn,
        int sortOrder,
        boolean published,
        DisclosureClass disclosure,
        List<ThemeItem> items) {

    public static final int MAX_TITLE = 100;
    public static final int MAX_INTRO = 2000;
    public static final int MAX_NOTE = 500;
    public static final int MAX_ITEMS = 60;
}
