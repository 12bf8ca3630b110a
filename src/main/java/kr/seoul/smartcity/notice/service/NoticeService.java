package kr.seoul.smartcity.notice.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.text.PlainText;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.notice.domain.Notice;
import kr.seoul.smartcity.notice.domain.NoticeRepository;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/** Posts notices and tells every open screen, in every instance, that one arrived. */
@Service
public class NoticeService {

    /** Notices marked on one chart at most: a chart shows a day or a few weeks. */
    private static final int MARKED_AT_MOST = 50;

    private final NoticeRepository notices;
    private final DisclosurePolicy disclosure;
    private final LiveEventBus events;
    private final Clock clock;
    private final CityStatusService status;
    private final DatabaseCalls await;

    NoticeService(
            NoticeRepository notices,
            DisclosurePolicy disclosure,
            LiveEventBus events,
            Clock clock,
            CityStatusService status,
            DatabaseCalls await) {
        this.await = await;
        this.notices = notices;
        this.disclosure = disclosure;
        this.events = events;
        this.clock = clock;
        this.status = status;
    }

    /**
     * Stores a notice and publishes {@link NoticePosted}.
     *
     * @throws InvalidNoticeException if the author may not post notices, or the draft is incomplete or too long
     */
    public Notice post(NoticeAuthor author, NoticeDraft draft) {
        if (!author.mayPost()) {
            throw new InvalidNoticeException("notice.error.not-allowed");
        }
        draft = new NoticeDraft(
                PlainText.clean(draft.title()),
                PlainText.clean(draft.body()),
                draft.severity(),
                draft.disclosure(),
                draft.owningDepartment(),
                blankToNull(draft.indicatorCode()),
                blankToNull(draft.districtCode()));
        validate(draft);
        validateSubject(author, draft);
        String postedBy = PlainText.clean(author.displayName());
        Notice saved = notices.save(new Notice(
                        null,
                        draft.title().strip(),
                        draft.body() == null ? "" : draft.body().strip(),
                        draft.severity(),
                        draft.disclosure(),
                        draft.owningDepartment(),
                        postedBy,
                        clock.instant(),
                        draft.indicatorCode(),
                        draft.districtCode()))
                .as(await::value);
        events.publish(NoticePosted.TOPIC, new NoticePosted(saved.id(), saved.disclosure()));
        return saved;
    }

    /** The newest notices the viewer may see, newest first. */
    public List<Notice> latest(Viewer viewer, int limit) {
        return notices.findByDisclosureInOrderByPostedAtDesc(disclosure.visibleClasses(viewer), Limit.of(limit * 4))
                .filter(notice -> disclosure.canSee(viewer, notice))
                .take(limit)
                .as(await::list);
    }

    /**
     * The notices about an indicator posted within a period that the viewer may see, newest first, to mark on its
     * chart: for a district's chart those about that district or about the whole city, for the city's chart all.
     */
    public List<Notice> about(
            Viewer viewer, String indicatorCode, @Nullable String districtCode, Instant from, Instant to) {
        return notices.findByIndicatorCodeAndPostedAtBetweenOrderByPostedAtDesc(
                        indicatorCode, from, to, Limit.of(MARKED_AT_MOST))
                .filter(notice -> disclosure.canSee(viewer, notice))
                .filter(notice -> districtCode == null
                        || notice.districtCode() == null
                        || districtCode.equals(notice.districtCode()))
                .as(await::list);
    }

    private void validateSubject(NoticeAuthor author, NoticeDraft draft) {
        if (draft.districtCode() != null
                && SeoulDistrict.byCode(draft.districtCode()).isEmpty()) {
            throw new InvalidNoticeException("notice.error.unknown-district");
        }
        if (draft.districtCode() != null && draft.indicatorCode() == null) {
            throw new InvalidNoticeException("notice.error.district-without-indicator");
        }
        if (draft.indicatorCode() != null
                && status.indicator(new Viewer(author.role(), null), draft.indicatorCode())
                        .isEmpty()) {
            throw new InvalidNoticeException("notice.error.unknown-indicator");
        }
    }

    private static @Nullable String blankToNull(@Nullable String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }

    private static void validate(NoticeDraft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidNoticeException("notice.error.title-required");
        }
        if (draft.title().strip().length() > NoticeDraft.MAX_TITLE) {
            throw new InvalidNoticeException("notice.error.title-too-long");
        }
        if (draft.body() != null && draft.body().strip().length() > NoticeDraft.MAX_BODY) {
            throw new InvalidNoticeException("notice.error.body-too-long");
        }
        if (draft.severity() == null || draft.disclosure() == null) {
            throw new InvalidNoticeException("notice.error.class-required");
        }
        if (draft.disclosure() == DisclosureClass.RESTRICTED && draft.owningDepartment() == null) {
            throw new InvalidNoticeException("notice.error.department-required");
        }
    }
}
