package kr.seoul.smartcity.theme.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Themes and their items in PostgreSQL. A theme is written with its items in one transaction. */
@Repository
public class ThemeStore {

    private static final String COLUMNS = """
            slug, title_ko, title_en, intro_ko, intro_en, sort_order, published, disclosure, updated_by, updated_at,
            version""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    ThemeStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    /** Every theme, in their order. */
    public List<CityTheme> all() {
        return database.sql("SELECT " + COLUMNS + " FROM city_theme ORDER BY sort_order, slug")
                .map(ThemeStore::theme)
                .all()
                .as(await::list);
    }

    public Optional<CityTheme> find(String slug) {
        return database.sql("SELECT " + COLUMNS + " FROM city_theme WHERE slug = :slug")
                .bind("slug", slug)
                .map(ThemeStore::theme)
                .one()
                .as(await::optional);
    }

    /** The items of a theme, in their order. */
    public List<ThemeItem> items(String slug) {
        return database.sql("""
                        SELECT kind, reference, place_name, latitude, longitude, note_ko, note_en
                        FROM city_theme_item WHERE theme_slug = :slug ORDER BY position""")
                .bind("slug", slug)
                .map(row -> new ThemeItem(
                        ThemeItemKind.valueOf(row.get("kind", String.class)),
                        row.get("reference", String.class),
                        row.get("place_name", String.class),
                        row.get("latitude", Double.class),
                        row.get("longitude", Double.class),
                        row.get("note_ko", String.class),
                        row.get("note_en", String.class)))
                .all()
                .as(await::list);
    }

    /**
     * Writes a theme with its items, replacing the items it had. A new theme ({@code expectedVersion} null) is
     * written only if its slug is free; an existing one only if it is still at {@code expectedVersion}.
     *
     * @return false if the slug is taken or the theme changed meanwhile; nothing is written then
     */
    public boolean save(CityTheme theme, List<ThemeItem> items, @Nullable Integer expectedVersion) {
        DatabaseClient.GenericExecuteSpec write = expectedVersion == null
                ? database.sql("""
                        INSERT INTO city_theme (slug, title_ko, title_en, intro_ko, intro_en, sort_order, published,
                            disclosure, updated_by, updated_at, version)
                        VALUES (:slug, :titleKo, :titleEn, :introKo, :introEn, :sortOrder, :published, :disclosure,
                            :updatedBy, :updatedAt, :version)
                        ON CONFLICT (slug) DO NOTHING""")
                : database.sql("""
                        UPDATE city_theme SET title_ko = :titleKo, title_en = :titleEn, intro_ko = :introKo,
                            intro_en = :introEn, sort_order = :sortOrder, published = :published,
                            disclosure = :disclosure, updated_by = :updatedBy, updated_at = :updatedAt,
                            version = :version
                        WHERE slug = :slug AND version = :expectedVersion""").bind("expectedVersion", expectedVersion);
        Mono<Boolean> written = write.bind("slug", theme.slug())
                .bind("titleKo", theme.titleKo())
                .bind("titleEn", theme.titleEn())
                .bind("introKo", theme.introKo())
                .bind("introEn", theme.introEn())
                .bind("sortOrder", theme.sortOrder())
                .bind("published", theme.published())
                .bind("disclosure", theme.disclosure().name())
                .bind("updatedBy", theme.updatedBy())
                .bind("updatedAt", theme.updatedAt())
                .bind("version", theme.version())
                .fetch()
                .rowsUpdated()
                .flatMap(rows -> rows == 0
                        ? Mono.just(false)
                        : database.sql("DELETE FROM city_theme_item WHERE theme_slug = :slug")
                                .bind("slug", theme.slug())
                                .fetch()
                                .rowsUpdated()
                                .thenMany(Flux.range(0, items.size())
                                        .concatMap(i -> insert(theme.slug(), i, items.get(i))))
                                .then(Mono.just(true)));
        return Boolean.TRUE.equals(written.as(transaction::transactional).as(await::value));
    }

    private Mono<Long> insert(String slug, int position, ThemeItem item) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO city_theme_item (theme_slug, position, kind, reference, place_name, latitude,
                            longitude, note_ko, note_en)
                        VALUES (:slug, :position, :kind, :reference, :placeName, :lat, :lon, :noteKo, :noteEn)""")
                .bind("slug", slug)
                .bind("position", position)
                .bind("kind", item.kind().name())
                .bind("noteKo", item.noteKo())
                .bind("noteEn", item.noteEn());
        spec = Bindings.nullable(spec, "reference", item.reference(), String.class);
        spec = Bindings.nullable(spec, "placeName", item.placeName(), String.class);
        spec = Bindings.nullable(spec, "lat", item.latitude(), Double.class);
        spec = Bindings.nullable(spec, "lon", item.longitude(), Double.class);
        return spec.fetch().rowsUpdated();
    }

    private static CityTheme theme(Readable row) {
        return new CityTheme(
                row.get("slug", String.class),
                row.get("title_ko", String.class),
                row.get("title_en", String.class),
                row.get("intro_ko", String.class),
                row.get("intro_en", String.class),
                row.get("sort_order", Integer.class),
                Boolean.TRUE.equals(row.get("published", Boolean.class)),
                DisclosureClass.valueOf(row.get("disclosure", String.class)),
                row.get("updated_by", String.class),
                row.get("updated_at", Instant.class),
                row.get("version", Integer.class));
    }
}
