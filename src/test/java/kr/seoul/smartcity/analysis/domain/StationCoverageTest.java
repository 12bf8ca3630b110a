package kr.seoul.smartcity.analysis.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A grid one can check by hand: 5 × 5 squares of 100 m, district A the two western columns, B the three eastern
 * ones; nobody in the northern and southern rows, ten people in every other square except 100 in the square at
 * row 2, column 3; one station in the square at row 2, column 0; people walk 150 m (so a station reaches its square,
 * the four next to it and the four diagonal ones, 141 m away).
 */
class StationCoverageTest {

    private static final Place ORIGIN = new Place(37.5, 127.0);

    private static PopulationGrid grid() {
        List<Cell> cells = new ArrayList<>();
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 5; column++) {
                double people = row == 0 || row == 4 ? 0 : row == 2 && column == 3 ? 100 : 10;
                cells.add(new Cell(row, column, ORIGIN.moved(row * 100, column * 100), column < 2 ? "A" : "B", people));
            }
        }
        return PopulationGrid.of(100, cells);
    }

    private static Place square(int row, int column) {
        return ORIGIN.moved(row * 100, column * 100);
    }

    @Test
    void peopleWithinReachOfAStationAreCoveredDistrictByDistrict() {
        StationCoverage.Result result = StationCoverage.of(grid(), List.of(square(2, 0)), 150, 0);
        // A: rows 1-3 of its two columns, all within 150 m of the station: 60 of 60
        StationCoverage.DistrictCoverage a = result.districts().get(0);
        assertThat(a.districtCode()).isEqualTo("A");
        assertThat(a.people()).isEqualTo(60);
        assertThat(a.covered()).isEqualTo(60);
        assertThat(a.stations()).isEqualTo(1);
        // B: eight squares of 10 and one of 100, none within reach
        StationCoverage.DistrictCoverage b = result.districts().get(1);
        assertThat(b.people()).isEqualTo(180);
        assertThat(b.covered()).isZero();
        assertThat(b.stations()).isZero();
        assertThat(result.share()).isCloseTo(60.0 / 240, within(1e-9));
    }

    @Test
    void aNewStationGoesWhereItReachesTheMostPeopleWithoutOne() {
        StationCoverage.Result result = StationCoverage.of(grid(), List.of(square(2, 0)), 150, 2);
        StationCoverage.Candidate first = result.candidates().getFirst();
        // at row 2, column 3: its own 100 and the eight squares around it, 10 each: all of B, 180
        // (one row north, at row 1, it would reach 100 + 50 = 150)
        assertThat(first.place().metresTo(square(2, 3))).isLessThan(1);
        assertThat(first.newlyCovered()).isEqualTo(180);
        assertThat(first.districtCode()).isEqualTo("B");
        // everyone is reached now: no second station is proposed for nobody
        assertThat(result.candidates()).hasSize(1);
        assertThat(result.covered())
                .as("the result describes today's stations, not the proposed ones")
                .isEqualTo(60);
    }

    @Test
    void theGridKeepsOnlySquaresInsideDistrictsAndSharesTheirPeople() {
        GeometryFactory geometry = new GeometryFactory();
        Place north = ORIGIN.moved(1000, 0);
        Place east = ORIGIN.moved(0, 1000);
        Geometry square = geometry.createPolygon(new Coordinate[] {
            new Coordinate(ORIGIN.longitude(), ORIGIN.latitude()),
            new Coordinate(east.longitude(), ORIGIN.latitude()),
            new Coordinate(east.longitude(), north.latitude()),
            new Coordinate(ORIGIN.longitude(), north.latitude()),
            new Coordinate(ORIGIN.longitude(), ORIGIN.latitude())
        });
        PopulationGrid grid = PopulationGrid.over(Map.of("11110", square), Map.of("11110", 10_000.0), 250);
        assertThat(grid.cells()).hasSize(16);
        assertThat(grid.cells()).allSatisfy(cell -> assertThat(cell.people()).isEqualTo(625.0));
    }

    @Test
    void theSquaresBeyondReachOfEveryStationAreTheOnesNoStationCovers() {
        // the station at row 2, column 0 reaches columns 0 and 1 of rows 1-3; a second at row 2, column 4 reaches
        // columns 3 and 4 of rows 1-3 (the square of 100 at row 2, column 3 is 100 m from it): what is left is rows 0
        // and 4 (nobody lives there) and column 2 of rows 1-3, 200 m from both, with ten people each
        List<Cell> beyond = StationCoverage.beyond(grid(), List.of(square(2, 0), square(2, 4)), 150);
        assertThat(beyond).hasSize(10 + 3);
        assertThat(beyond)
                .extracting(Cell::row, Cell::column)
                .contains(org.assertj.core.groups.Tuple.tuple(2, 2), org.assertj.core.groups.Tuple.tuple(0, 0))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(2, 3), org.assertj.core.groups.Tuple.tuple(3, 4));
        assertThat(beyond.stream().mapToDouble(Cell::people).sum()).isEqualTo(30);
    }
}
