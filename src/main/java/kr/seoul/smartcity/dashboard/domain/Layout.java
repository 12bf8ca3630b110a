package kr.seoul.smartcity.dashboard.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A dashboard's pages. */
public record Layout(List<DashboardPage> pages) {

    public Layout {
        pages = pages == null || pages.isEmpty()
                ? List.of(new DashboardPage(null, null, List.of()))
                : List.copyOf(pages);
    }

    public Stream<Widget> widgets() {
        return pages.stream().flatMap(page -> page.widgets().stream());
    }

    public Optional<Widget> widget(String id) {
        return widgets().filter(widget -> widget.id().equals(id)).findFirst();
    }
}
