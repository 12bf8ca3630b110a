package kr.seoul.smartcity.usage.domain;

/**
 * How often something was used in a period, by whom in aggregate.
 *
 * @param subject the screen, widget, command target or station
 * @param mayor uses by the mayor
 * @param officials uses by officials
 * @param administrators uses by administrators
 * @param citizens uses by citizens (counted, never named)
 * @param staff distinct members of staff among them
 * @param averageSeconds the average time a screen stayed open; 0 when not measured
 */
public record UsageCount(
        String subject,
        long mayor,
        long officials,
        long administrators,
        long citizens,
        long staff,
        long averageSeconds) {

    public long total() {
        return mayor + officials + administrators + citizens;
    }
}
