package kr.seoul.smartcity.directive.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import kr.seoul.smartcity.directive.domain.AttachmentInfo;
import kr.seoul.smartcity.directive.domain.StoredAttachment;

/**
 * A file attached to a directive or a report, as a link named after it with its size. The content is asked for when
 * the link is followed, of the service that checks the viewer, so a file the viewer may not see answers 404.
 */
final class AttachmentLink {

    private AttachmentLink() {}

    static Anchor of(AttachmentInfo file, Supplier<Optional<StoredAttachment>> content) {
        return new Anchor(
                DownloadHandler.fromInputStream(request -> content.get()
                        .map(stored -> new DownloadResponse(
                                new ByteArrayInputStream(stored.content()),
                                stored.fileName(),
                                stored.contentType(),
                                stored.content().length))
                        .orElseGet(() -> DownloadResponse.error(404))),
                file.fileName() + " (" + file.size() + " B)");
    }
}
