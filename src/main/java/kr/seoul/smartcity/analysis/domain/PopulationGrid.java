package kr.seoul.smartcity.analysis.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The city cut into squares of a few hundred metres, each in the district its centre lies in, each with the
 * district's people shared evenly among its squares (the living population is published per district, not finer:
 * the analysis says so).
 */
public final class PopulationGrid {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final double cellMetres;
    private final List<Cell> cells;

    private PopulationGrid(double cellMetres, List<Cell> cells) {
        this.cellMetres = cellMetres;
        this.cells = List.copyOf(cells);
    }

    /**
     * @param districts each district's outline (longitude as x, latitude as y) by its code
     * @param people the people in each district
     */
    public static PopulationGrid over(Map<String, Geometry> districts, Map<String, Double> people, double cellMetres) {
        Envelope all = new Envelope();
        districts.values().forEach(district -> all.expandToInclude(district.getEnvelopeInternal()));
        Place southWest = new Place(all.getMinY(), all.getMinX());
        List<Cell> found = new ArrayList<>();
        Map<String, Integer> perDistrict = new HashMap<>();
        for (int row = 0; ; row++) {
            Place rowStart = southWest.moved((row + 0.5) * cellMetres, 0);
            if (rowStart.latitude() > all.getMaxY()) {
                break;
            }
            for (int column = 0; ; column++) {
                Place centre = rowStart.moved(0, (column + 0.5) * cellMetres);
                if (centre.longitude() > all.getMaxX()) {
                    break;
                }
                Point point = GEOMETRY.createPoint(new Coordinate(centre.longitude(), centre.latitude()));
                for (Map.Entry<String, Geometry> district : districts.entrySet()) {
                    if (district.getValue().getEnvelopeInternal().contains(point.getCoordinate())
                            && district.getValue().contains(point)) {
                        found.add(new Cell(row, column, centre, district.getKey(), 0));
                        perDistrict.merge(district.getKey(), 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        List<Cell> peopled = found.stream()
                .map(cell -> new Cell(
                        cell.row(),
                        cell.column(),
                        cell.centre(),
                        cell.districtCode(),
                        people.getOrDefault(cell.districtCode(), 0.0) / perDistrict.get(cell.districtCode())))
                .toList();
        return new PopulationGrid(cellMetres, peopled);
    }

    /** A grid of given cells, for tests and for analyses with their own population figures. */
    public static PopulationGrid of(double cellMetres, List<Cell> cells) {
        return new PopulationGrid(cellMetres, cells);
    }

    public List<Cell> cells() {
        return cells;
    }

    public double cellMetres() {
        return cellMetres;
    }
}
