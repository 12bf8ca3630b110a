package kr.seoul.smartcity.citystatus.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import kr.seoul.smartcity.citystatus.service.Tile;

/**
 * Tiles that follow the city: when the same indicators are shown again with new readings, the cards change in
 * place; only a different set of indicators (another category, another district) builds new cards. Thousands of
 * open dashboards redraw at once on every update, so each sends its browser a few texts rather than new cards.
 */
public class TileGrid extends Composite<Div> {

    private final List<TileCard> cards = new ArrayList<>();

    public TileGrid(String className) {
        getContent().addClassName(className);
    }

    public void show(List<Tile> tiles, Function<Tile, TileCard> newCard) {
        if (sameIndicators(tiles)) {
            for (int i = 0; i < tiles.size(); i++) {
                cards.get(i).show(tiles.get(i));
            }
            return;
        }
        getContent().removeAll();
        cards.clear();
        tiles.stream().map(newCard).forEach(card -> {
            cards.add(card);
            getContent().add(card);
        });
    }

    private boolean sameIndicators(List<Tile> tiles) {
        if (tiles.size() != cards.size()) {
            return false;
        }
        for (int i = 0; i < tiles.size(); i++) {
            if (!tiles.get(i).indicator().code().equals(cards.get(i).indicatorCode())) {
                return false;
            }
        }
        return true;
    }
}
