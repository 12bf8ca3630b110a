package kr.seoul.smartcity.directive.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * One recorded step of a directive: who did what when, from which status to which, with a note and perhaps a link
 * to an approval document or an archive item, and the files attached to it.
 */
public record DirectiveEvent(
        long id,
        long directiveId,
        DirectiveAction action,
        @Nullable DirectiveStatus from,
        DirectiveStatus to,
        String actor,
        String actorName,
        Instant at,
        String note,
        @Nullable LinkKind linkKind,
        @Nullable String linkRef,
        List<AttachmentInfo> attachments) {

    /** What a progress update may link to. */
    public enum LinkKind implements Labelled {
        APPROVAL,
        ARCHIVE;

        public String route(String reference) {
            return switch (this) {
                case APPROVAL -> "approval/document/" + reference;
                case ARCHIVE -> "archive/item/" + reference;
            };
        }

        @Override
        public String labelKey() {
            return "directive.link." + name().toLowerCase(Locale.ROOT);
        }
    }
}
