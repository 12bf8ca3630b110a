package kr.seoul.smartcity.citystatus.domain;

/** Which side of its threshold a rule fires on. */
public enum Comparison {
    ABOVE, BELOW;

    public boolean breached(double value, double threshold) {
        return this == ABOVE ? value > threshold : value < threshold;
    }
}
