package kr.seoul.smartcity.analysis.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** The analyses' own inputs, each a list of points. */
public enum DatasetName implements Labelled {
    /** Stops of the night buses (올빼미버스): label the route. */
    NIGHT_BUS_STOPS,
    /** Fire stations and their safety centres (119 안전센터): label the name. */
    FIRE_STATIONS,
    /** 119 dispatches: where to, value the minutes until arrival, the district. */
    FIRE_DISPATCHES,
    /** Calls for taxis for the disabled (장애인콜택시): where from, value the minutes waited, the district. */
    TAXI_CALLS,
    /** The garages the taxis for the disabled start from: label the name. */
    TAXI_GARAGES;

    @Override
    public String labelKey() {
        return "analysis.dataset." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
