package kr.seoul.smartcity.analysis.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many people live within walking distance of a station, district by district, and where new stations would
 * reach the most people who have none: each new station is put, one after the other, at the grid square whose
 * surroundings hold the most people still without one (a greedy maximal-coverage placement).
 */
public final class StationCoverage {

    private StationCoverage() {}

    /** A district's coverage: its people, those within reach of a station, and its stations. */
    public record DistrictCoverage(String districtCode, double people, double covered, int stations) {

        public double share() {
            return people <= 0 ? 0 : covered / people;
        }
    }

    /** A proposed new station and the people it would newly reach. */
    public record Candidate(Place place, String districtCode, double newlyCovered) {}

    /** The result: per district, and the proposed stations in the order chosen. */
    public record Result(List<DistrictCoverage> districts, List<Candidate> candidates, double people, double covered) {

        public double share() {
            return people <= 0 ? 0 : covered / people;
        }
    }

    /**
     * @param reachMetres how far people walk to a station (straight-line distance)
     * @param newStations how many new stations to propose
     */
    public static Result of(PopulationGrid grid, List<Place> stations, double reachMetres, int newStations) {
        List<Cell> cells = grid.cells();
        boolean[] before = coveredBefore(cells, stations, reachMetres);
        boolean[] covered = before.clone();
        Map<String, Integer> stationsPerDistrict = new HashMap<>();
        for (Place station : stations) {
            nearest(cells, station).ifPresent(cell -> stationsPerDistrict.merge(cell.districtCode(), 1, Integer::sum));
        }
        Map<Long, List<Integer>> byRowColumn = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            byRowColumn
                    .computeIfAbsent(key(cells.get(i).row(), cells.get(i).column()), k -> new ArrayList<>())
                    .add(i);
        }
        int span = (int) Math.ceil(reachMetres / grid.cellMetres());
        List<Candidate> candidates = new ArrayList<>();
        for (int n = 0; n < newStations; n++) {
            int best = -1;
            double bestGain = 0;
            for (int i = 0; i < cells.size(); i++) {
                double gain = 0;
                for (int j : around(cells, i, span, byRowColumn)) {
                    if (!covered[j]
                            && cells.get(i).centre().metresTo(cells.get(j).centre()) <= reachMetres) {
                        gain += cells.get(j).people();
                    }
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            for (int j : around(cells, best, span, byRowColumn)) {
                if (cells.get(best).centre().metresTo(cells.get(j).centre()) <= reachMetres) {
                    covered[j] = true;
                }
            }
            candidates.add(
                    new Candidate(cells.get(best).centre(), cells.get(best).districtCode(), bestGain));
        }
        return result(cells, before, stationsPerDistrict, candidates);
    }

    /** The grid's cells farther than {@code reachMetres} from every one of {@code points}. */
    public static List<Cell> beyond(PopulationGrid grid, List<Place> points, double reachMetres) {
        boolean[] covered = coveredBefore(grid.cells(), points, reachMetres);
        List<Cell> far = new ArrayList<>();
        for (int i = 0; i < covered.length; i++) {
            if (!covered[i]) {
                far.add(grid.cells().get(i));
            }
        }
        return far;
    }

    private static boolean[] coveredBefore(List<Cell> cells, List<Place> stations, double reachMetres) {
        boolean[] covered = new boolean[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            for (Place station : stations) {
                if (cells.get(i).centre().metresTo(station) <= reachMetres) {
                    covered[i] = true;
                    break;
                }
            }
        }
        return covered;
    }

    private static Result result(
            List<Cell> cells, boolean[] covered, Map<String, Integer> stations, List<Candidate> candidates) {
        Map<String, double[]> sums = new TreeMap<>();
        double people = 0;
        double reached = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            double[] sum = sums.computeIfAbsent(cell.districtCode(), code -> new double[2]);
            sum[0] += cell.people();
            people += cell.people();
            if (covered[i]) {
                sum[1] += cell.people();
                reached += cell.people();
            }
        }
        Map<String, DistrictCoverage> districts = new LinkedHashMap<>();
        sums.forEach((code, sum) ->
                districts.put(code, new DistrictCoverage(code, sum[0], sum[1], stations.getOrDefault(code, 0))));
        return new Result(List.copyOf(districts.values()), candidates, people, reached);
    }

    private static List<Integer> around(List<Cell> cells, int index, int span, Map<Long, List<Integer>> byRowColumn) {
        Cell centre = cells.get(index);
        List<Integer> near = new ArrayList<>();
        for (int row = centre.row() - span; row <= centre.row() + span; row++) {
            for (int column = centre.column() - span; column <= centre.column() + span; column++) {
                near.addAll(byRowColumn.getOrDefault(key(row, column), List.of()));
            }
        }
        return near;
    }

    /** The square nearest to a place, if the grid has any. */
    public static java.util.Optional<Cell> nearest(List<Cell> cells, Place place) {
        Cell best = null;
        double distance = Double.MAX_VALUE;
        for (Cell cell : cells) {
            double d = cell.centre().metresTo(place);
            if (d < distance) {
                distance = d;
                best = cell;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) ^ (column & 0xffffffffL);
    }
}
