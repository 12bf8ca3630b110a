package kr.seoul.smartcity.notice.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.notice.domain.Notice;
import kr.seoul.smartcity.notice.service.NoticePosted;
import kr.seoul.smartcity.notice.service.NoticeService;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.modulith.NamedInterface;

/**
 * The latest notices the viewer may see, updated live when one is posted anywhere. Citizens see public notices
 * only; staff also see internal ones and those of their department.
 */
@NamedInterface("ui")
public class NoticeBoard extends Composite<Section> {

    private final NoticeService notices;
    private final DirectoryService directory;
    private final Viewer viewer;
    private final int limit;
    private final Div list = new Div();

    public NoticeBoard(
            NoticeService notices, DirectoryService directory, LiveEventBus events, Viewer viewer, int limit) {
        this.notices = notices;
        this.directory = directory;
        this.viewer = viewer;
        this.limit = limit;
        Section section = getContent();
        section.addClassNames("card", "notice-board");
        section.getElement().setAttribute("aria-live", "polite");
        H2 heading = new H2(getTranslation("notice.board.title"));
        list.addClassName("notice-list");
        section.add(heading, list);
        refresh();
        LiveUpdates.follow(this, events, NoticePosted.TOPIC, posted -> refresh());
    }

    private void refresh() {
        List<Notice> latest = notices.latest(viewer, limit);
        list.removeAll();
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notice.board.empty")));
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(Seoul.ZONE);
        latest.forEach(notice -> list.add(item(notice, time)));
    }

    private Div item(Notice notice, DateTimeFormatter time) {
        Div item = new Div();
        item.addClassNames("notice", "notice-" + notice.severity().name().toLowerCase());
        item.getElement().setAttribute("data-notice-id", String.valueOf(notice.id()));
        Span severity = new Span(getTranslation(notice.severity().labelKey()));
        severity.addClassName("notice-severity");
        Span title = new Span(notice.title());
        title.addClassName("notice-title");
        Div header = new Div(severity, title);
        header.addClassName("notice-header");
        item.add(header);
        if (!notice.body().isEmpty()) {
            Paragraph body = new Paragraph(notice.body());
            body.addClassName("notice-body");
            item.add(body);
        }
        Span meta = new Span(time.format(notice.postedAt()) + " · " + source(notice)
                + (viewer.isStaff() ? " · " + getTranslation(notice.disclosure().labelKey()) : ""));
        meta.addClassName("notice-meta");
        item.add(meta);
        return item;
    }

    /** Citizens see which department speaks (or the city), never a person's name; staff also see who posted it. */
    private String source(Notice notice) {
        String department = notice.owningDepartment() == null
                ? getTranslation("notice.source.city")
                : directory
                        .findDepartment(notice.owningDepartment())
                        .map(d -> d.name(getLocale()))
                        .orElse(getTranslation("notice.source.city"));
        return viewer.isStaff() ? notice.postedBy() + " (" + department + ")" : department;
    }
}
