package kr.seoul.smartcity.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** The app's cards: a titled section, and the grid that lays cards out side by side (one column on phones). */
public final class Card {

    private Card() {}

    public static Section titled(String title, Component... content) {
        Section card = new Section(new H2(title));
        card.add(content);
        card.addClassName("card");
        return card;
    }

    public static Div grid(Component... cards) {
        Div grid = new Div(cards);
        grid.addClassName("card-grid");
        return grid;
    }
}
