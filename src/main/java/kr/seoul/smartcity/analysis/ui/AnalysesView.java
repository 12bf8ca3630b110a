package kr.seoul.smartcity.analysis.ui;

import com.vaadin.flow.component.Component;
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
        add(
                new H1(getTranslation("nav.analyses")),
                lead,
                card("analysis-nightbus-link", "analysis.nightbus", NightBusAnalysisView.class),
                card("analysis-bikes-link", "analysis.bikes", BikeStationAnalysisView.class),
                card("analysis-taxi-link", "analysis.taxi", TaxiGarageAnalysisView.class),
                card("analysis-fire-link", "analysis.fire", FireResponseAnalysisView.class));
    }

    private Div card(String id, String keys, Class<? extends Component> view) {
        RouterLink link = new RouterLink(getTranslation(keys + ".title"), view);
        link.setId(id);
        Div card = new Div(new H2(link), new Paragraph(getTranslation(keys + ".question")));
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.analyses") + " · " + getTranslation("app.title");
    }
}
