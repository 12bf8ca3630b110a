package kr.seoul.smartcity.analysis.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** 데이터 활용: how the city's data answers questions of its services, each analysis on a page of its own. */
@Route("analyses")
@AnonymousAllowed
@Menu(order = 9.8, title = "nav.analyses", icon = "vaadin:chart-line")
public class AnalysesView extends Main implements HasDynamicTitle {

    AnalysesView() {
        addClassNames("page", "analyses-view");
        Paragraph lead = new Paragraph(getTranslation("analyses.lead"));
        lead.addClassName("page-lead");
        RouterLink bikes = new RouterLink(getTranslation("analysis.bikes.title"), BikeStationAnalysisView.class);
        bikes.setId("analysis-bikes-link");
        Div card = new Div(new H2(bikes), new Paragraph(getTranslation("analysis.bikes.question")));
        card.addClassName("card");
        add(new H1(getTranslation("nav.analyses")), lead, card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.analyses") + " · " + getTranslation("app.title");
    }
}
