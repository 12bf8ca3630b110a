package kr.seoul.smartcity.cityfeed.domain;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a declared source fetches. Which parts are used depends on the kind:
 * <ul>
 * <li>{@link SourceKind#SEOUL_OPEN_DATA}: {@code service} (its name, such as {@code RealtimeCityAir}),
 * {@code params} (path segments after the row range, such as a place name), and {@code rows}: a JSON Pointer to
 * the rows inside the service's wrapper when they are not its {@code row} list (for {@code citydata}:
 * {@code /CITYDATA/LIVE_PPLTN_STTS}).</li>
 * <li>{@link SourceKind#HTTP_JSON} and {@link SourceKind#HTTP_CSV}: {@code url}, {@code query} parameters (a value
 * {@code {key}} is replaced by the credential), {@code keyHeader} (a header carrying the credential instead),
 * {@code rows} (JSON: a JSON Pointer to the row list; empty for a top-level list), {@code delimiter} and
 * {@code charset} (CSV; comma and UTF-8 by default).</li>
 * <li>{@link SourceKind#JDBC}: {@code url} (a JDBC URL), {@code user} (its password is the credential) and
 * {@code sql}, one read-only SELECT.</li>
 * <li>{@link SourceKind#FILE}: {@code url} a folder or file path on the server where CSV files are dropped, with
 * {@code delimiter} and {@code charset}.</li>
 * </ul>
 */
public record SourceRequest(
        @Nullable String service,
        List<String> params,
        @Nullable String url,
        Map<String, String> query,
        @Nullable String keyHeader,
        @Nullable String rows,
        @Nullable String sql,
        @Nullable String user,
        @Nullable String delimiter,
        @Nullable String charset) {

    public SourceRequest {
        params = params == null ? List.of() : List.copyOf(params);
        query = query == null ? Map.of() : Map.copyOf(query);
    }

    public static SourceRequest seoul(String service, String... params) {
        return new SourceRequest(service, List.of(params), null, Map.of(), null, null, null, null, null, null);
    }
}
