package kr.seoul.smartcity.citystatus.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a history as CSV: Seoul time, value, minimum and maximum of the period. */
public final class HistoryCsv {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Seoul.ZONE);

    private HistoryCsv() {}

    public static String write(String indicatorCode, String districtCode, List<SeriesPoint> points) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("indicator", "district", "time_kst", "value", "minimum", "maximum")
                        .get())) {
            for (SeriesPoint point : points) {
                csv.printRecord(
                        indicatorCode,
                        districtCode,
                        TIME.format(point.at()),
                        point.value(),
                        point.minimum(),
                        point.maximum());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
