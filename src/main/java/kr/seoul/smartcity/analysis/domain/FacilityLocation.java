package kr.seoul.smartcity.analysis.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to put a number of facilities (garages of taxis for the disabled) so that calls wait least: the p-median
 * problem, solved as planners do by hand on a small map — place them one by one where the mean distance from the
 * calls to their nearest facility falls most, then move any one to any candidate site while that still lowers it
 * (interchange), until no move helps. Distances are straight lines between places.
 */
public final class FacilityLocation {

    private FacilityLocation() {}

    /** Facilities chosen among candidate sites, and the calls' distances to their nearest one. */
    public record Result(List<Place> facilities, double meanMetres, double ninetiethMetres) {}

    /** The calls' mean and 90th-percentile distance to the nearest of {@code facilities}. */
    public static Result serving(List<Place> calls, List<Place> facilities) {
        List<Double> distances =
                calls.stream().map(call -> nearest(call, facilities)).toList();
        return new Result(
                List.copyOf(facilities),
                distances.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                Percentiles.of(distances, 90));
    }

    /**
     * The {@code count} sites among {@code candidates} with the smallest mean distance from the calls that this
     * search finds (greedy placement, then interchange).
     */
    public static Result place(List<Place> calls, List<Place> candidates, int count) {
        if (calls.isEmpty() || candidates.isEmpty() || count <= 0) {
            return serving(calls, List.of());
        }
        double[][] distance = new double[candidates.size()][calls.size()];
        for (int s = 0; s < candidates.size(); s++) {
            for (int c = 0; c < calls.size(); c++) {
                distance[s][c] = candidates.get(s).metresTo(calls.get(c));
            }
        }
        List<Integer> chosen = new ArrayList<>();
        double[] nearest = new double[calls.size()];
        java.util.Arrays.fill(nearest, Double.MAX_VALUE);
        while (chosen.size() < Math.min(count, candidates.size())) {
            int best = -1;
            double bestTotal = Double.MAX_VALUE;
            for (int s = 0; s < candidates.size(); s++) {
                if (chosen.contains(s)) {
                    continue;
                }
                double total = 0;
                for (int c = 0; c < calls.size(); c++) {
                    total += Math.min(nearest[c], distance[s][c]);
                }
                if (total < bestTotal) {
                    bestTotal = total;
                    best = s;
                }
            }
            chosen.add(best);
            for (int c = 0; c < calls.size(); c++) {
                nearest[c] = Math.min(nearest[c], distance[best][c]);
            }
        }
        double current = total(distance, chosen, calls.size());
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < chosen.size(); i++) {
                for (int s = 0; s < candidates.size(); s++) {
                    if (chosen.contains(s)) {
                        continue;
                    }
                    int before = chosen.set(i, s);
                    double total = total(distance, chosen, calls.size());
                    if (total < current - 1e-9) {
                        current = total;
                        improved = true;
                    } else {
                        chosen.set(i, before);
                    }
                }
            }
        }
        return serving(calls, chosen.stream().map(candidates::get).toList());
    }

    private static double total(double[][] distance, List<Integer> chosen, int calls) {
        double sum = 0;
        for (int c = 0; c < calls; c++) {
            double nearest = Double.MAX_VALUE;
            for (int s : chosen) {
                nearest = Math.min(nearest, distance[s][c]);
            }
            sum += nearest;
        }
        return sum;
    }

    private static double nearest(Place call, List<Place> facilities) {
        return facilities.stream().mapToDouble(call::metresTo).min().orElse(Double.NaN);
    }
}
