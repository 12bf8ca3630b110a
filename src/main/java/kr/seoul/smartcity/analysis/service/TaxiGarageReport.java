package kr.seoul.smartcity.analysis.service;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.analysis.domain.Dataset;
import kr.seoul.smartcity.analysis.domain.FacilityLocation;

/**
 * The analysis of taxis for the disabled as computed at one moment.
 *
 * @param current   the calls' distances to today's garages
 * @param proposed  as many garages placed where the calls are nearest to one, and their distances
 * @param districts the calls and their waits per district, longest median first
 * @param sites     how many candidate sites were weighed
 */
public record TaxiGarageReport(
        FacilityLocation.Result current,
        FacilityLocation.Result proposed,
        Dataset garages,
        Dataset calls,
        List<District> districts,
        double medianWait,
        double ninetiethWait,
        int sites,
        double speedKmh,
        boolean simulated,
        Instant computedAt) {

    public record District(String districtCode, int calls, double medianMinutes, double ninetiethMinutes) {}

    /** Minutes of driving a distance takes at the assumed speed. */
    public double minutes(double metres) {
        return metres / 1000 / speedKmh * 60;
    }
}
