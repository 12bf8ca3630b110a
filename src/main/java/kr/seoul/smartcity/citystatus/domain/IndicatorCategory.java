package kr.seoul.smartcity.citystatus.domain;

/** The tabs of the real-time city status, in the order the mayor reads them. */
public enum IndicatorCategory {
    SAFETY, TRANSPORT, AIR, WATER, PRICES, FINANCES, PARKS, POPULATION;

    public String labelKey() {
        return "category." + name().toLowerCase();
    }
}
