package kr.seoul.smartcity.citystatus.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.Tile;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Tiles of the indicators that lead their areas, one an area, for the whole city or one district: the key-tiles
 * widget of a dashboard, or every tile of one area. A tile opens its history.
 */
@NamedInterface("ui")
public class KeyTilesPanel extends Composite<Section> {

    private final CityStatusService status;
    private final Viewer viewer;
    private final @Nullable String area;
    private final TileGrid tiles;
    private @Nullable String district;

    /** The key tiles (one an area) when {@code area} is null, else every tile of that area. */
    public KeyTilesPanel(CityStatusService status, Viewer viewer, @Nullable String area, String title) {
        this.status = status;
        this.viewer = viewer;
        this.area = area;
        tiles = new TileGrid(area == null ? "key-tiles" : "tile-grid");
        getContent().add(new H2(title), tiles);
        getContent().addClassNames("card", "tile-panel");
        refresh();
    }

    /** Shows the tiles of one district (the indicators that have values per district), or of the city. */
    public void showDistrict(@Nullable String districtCode) {
        district = districtCode;
        refresh();
    }

    public void refresh() {
        List<Tile> all = district == null
                ? (area == null ? status.cityTiles(viewer) : status.cityTiles(viewer, area))
                : status.districtTiles(viewer, district).stream()
                        .filter(tile -> area == null || tile.indicator().area().equals(area))
                        .toList();
        Set<String> shown = new HashSet<>();
        List<Tile> chosen = area != null
                ? all
                : all.stream()
                        .filter(tile -> shown.add(tile.indicator().area()))
                        .toList();
        String districtCode = district == null ? "" : district;
        tiles.show(
                chosen,
                tile -> new TileCard(
                        tile, () -> new IndicatorDialog(status, viewer, tile.indicator(), districtCode).open()));
    }

    /** The grid of tiles, for a screen that styles it. */
    public Div grid() {
        return tiles.getContent();
    }
}
