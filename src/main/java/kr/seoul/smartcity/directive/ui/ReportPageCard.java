package kr.seoul.smartcity.directive.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import kr.seoul.smartcity.directive.domain.ReportPage;

/** One page of a report: its heading and its paragraphs (lines starting with "-" or "*" as bullets). */
class ReportPageCard extends Composite<Div> {

    ReportPageCard(ReportPage page) {
        Div card = getContent();
        card.addClassName("report-page");
        H2 heading = new H2(page.heading());
        heading.addClassName("report-page-heading");
        card.add(heading);
        Div text = new Div();
        text.addClassName("report-page-text");
        for (String paragraph : page.text().split("\\R\\s*\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            Paragraph p = new Paragraph(paragraph.strip().replaceAll("(?m)^\\s*[-*]\\s+", "• "));
            text.add(p);
        }
        card.add(text);
    }
}
