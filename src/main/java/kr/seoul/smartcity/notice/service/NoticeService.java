package kr.seoul.smartcity.notice.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.text.PlainText;
import kr.seoul.smartcity.notice.domain.Notice;
import kr.seoul.smartcity.notice.domain.NoticeRepository;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/** Posts notices and tells every open screen, in every instance, that one arrived. */
@Service
public class NoticeService {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final NoticeRepository notices;
    private final DisclosurePolicy disclosure;
    private final LiveEventBus events;
    private final Clock clock;

    NoticeService(NoticeRepository notices, DisclosurePolicy disclosure, LiveEventBus events, Clock clock) {
        this.notices = notices;
        this.disclosure = disclosure;
        this.events = events;
        this.clock = clock;
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
        draft = new NoticeDraft(PlainText.clean(draft.title()), PlainText.clean(draft.body()), draft.severity(),
                draft.disclosure(), draft.owningDepartment());
        validate(draft);
        String postedBy = PlainText.clean(author.displayName());
        Notice saved = notices.save(new Notice(null, draft.title().strip(), draft.body() == null ? "" : draft.body().strip(), draft.severity(),
                        draft.disclosure(), draft.owningDepartment(), postedBy, clock.instant()))
                .block(TIMEOUT);
        events.publish(NoticePosted.TOPIC, new NoticePosted(saved.id(), saved.disclosure()));
        return saved;
    }

    /** The newest notices the viewer may see, newest first. */
    public List<Notice> latest(Viewer viewer, int limit) {
        return notices.findByDisclosureInOrderByPostedAtDesc(disclosure.visibleClasses(viewer), Limit.of(limit * 4))
                .filter(notice -> disclosure.canSee(viewer, notice))
                .take(limit)
                .collectList()
                .block(TIMEOUT);
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
