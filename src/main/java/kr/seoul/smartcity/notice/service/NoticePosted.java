package kr.seoul.smartcity.notice.service;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.events.Topic;

/** Live event: a notice was posted. Carries no text, so that nothing undisclosable travels to a screen. */
public record NoticePosted(long id, DisclosureClass disclosure) {

    public static final Topic<NoticePosted> TOPIC = Topic.of("notice.posted", NoticePosted.class);
}
