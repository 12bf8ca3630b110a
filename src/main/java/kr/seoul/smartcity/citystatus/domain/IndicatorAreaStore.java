package kr.seoul.smartcity.citystatus.domain;

import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The areas of the indicator catalogue in PostgreSQL, retired ones included. */
@Repository
public class IndicatorAreaStore {

    private static final String COLUMNS = "code, name_ko, name_en, eu_theme, sort_order, retired";

    private final DatabaseClient database;
    private final DatabaseCalls await;

    IndicatorAreaStore(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    /** Every area in display order. */
    public List<IndicatorArea> areas() {
        return database.sql("SELECT " + COLUMNS + " FROM indicator_area ORDER BY sort_order, code")
                .map(IndicatorAreaStore::area)
                .all()
                .as(await::list);
    }

    public Optional<IndicatorArea> find(String code) {
        return database.sql("SELECT " + COLUMNS + " FROM indicator_area WHERE code = :code")
                .bind("code", code)
                .map(IndicatorAreaStore::area)
                .one()
                .as(await::optional);
    }

    /** Adds an area; false if its code is taken. */
    public boolean create(IndicatorArea area) {
        return database.sql("""
                        INSERT INTO indicator_area (code, name_ko, name_en, eu_theme, sort_order, retired)
                        VALUES (:code, :nameKo, :nameEn, :euTheme, :sortOrder, :retired) ON CONFLICT (code) DO NOTHING""")
                        .bind("code", area.code())
                        .bind("nameKo", area.nameKo())
                        .bind("nameEn", area.nameEn())
                        .bind("euTheme", area.euTheme())
                        .bind("sortOrder", area.sortOrder())
                        .bind("retired", area.retired())
                        .fetch()
                        .rowsUpdated()
                        .as(await::value)
                > 0;
    }

    /** Writes an area as it now is; false if there is no such area. */
    public boolean update(IndicatorArea area) {
        return database.sql("""
                        UPDATE indicator_area SET name_ko = :nameKo, name_en = :nameEn, eu_theme = :euTheme,
                            sort_order = :sortOrder, retired = :retired WHERE code = :code""")
                        .bind("code", area.code())
                        .bind("nameKo", area.nameKo())
                        .bind("nameEn", area.nameEn())
                        .bind("euTheme", area.euTheme())
                        .bind("sortOrder", area.sortOrder())
                        .bind("retired", area.retired())
                        .fetch()
                        .rowsUpdated()
                        .as(await::value)
                > 0;
    }

    /** How many indicators that are not retired are in the area. */
    public long liveIndicators(String code) {
        return database.sql("SELECT count(*) AS n FROM indicator WHERE area = :code AND NOT retired")
                .bind("code", code)
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
    }

    private static IndicatorArea area(Readable row) {
        return new IndicatorArea(
                row.get("code", String.class),
                row.get("name_ko", String.class),
                row.get("name_en", String.class),
                row.get("eu_theme", String.class),
                row.get("sort_order", Integer.class),
                Boolean.TRUE.equals(row.get("retired", Boolean.class)));
    }
}
