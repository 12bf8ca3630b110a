package kr.seoul.smartcity.analysis.domain;

/** A point on the map, in WGS84 degrees. */
public record Place(double latitude, double longitude) {

    private static final double METRES_PER_DEGREE = 111_320;

    /** Metres between two places near each other (equirectangular: exact enough within a city). */
    public double metresTo(Place other) {
        double meanLatitude = Math.toRadians((latitude + other.latitude) / 2);
        double north = (other.latitude - latitude) * METRES_PER_DEGREE;
        double east = (other.longitude - longitude) * METRES_PER_DEGREE * Math.cos(meanLatitude);
        return Math.hypot(north, east);
    }

    /** The place some metres to the north and east of this one. */
    public Place moved(double northMetres, double eastMetres) {
        double lat = latitude + northMetres / METRES_PER_DEGREE;
        double lon = longitude + eastMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        return new Place(lat, lon);
    }
}
