package kr.seoul.smartcity.display.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** Displays and their remotes in PostgreSQL. */
@Repository
public class DisplayStore {

    private static final String COLUMNS = """
            id, pairing_code, owner_username, owner_role, owner_department, shown_path, shown_label, steered_by,
            steered_by_name, steered_at, created_at""";

    private final DatabaseClient database;
    private final DatabaseCalls await;

    DisplayStore(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    /** Stores a new display; false when its code is taken (the caller draws another). */
    public boolean insert(
            UUID id,
            String code,
            @Nullable String owner,
            @Nullable Role role,
            @Nullable String department,
            Instant now) {
        DatabaseClient.GenericExecuteSpec spec =
                database.sql("""
                        INSERT INTO display_screen (id, pairing_code, owner_username, owner_role, owner_department,
                            created_at, seen_at)
                        VALUES (:id, :code, :owner, :role, :department, :now, :now)""").bind("id", id).bind("code", code).bind("now", now);
        spec = Bindings.nullable(spec, "owner", owner);
        spec = Bindings.nullable(spec, "role", role == null ? null : role.name());
        spec = Bindings.nullable(spec, "department", department);
        try {
            spec.fetch().rowsUpdated().as(await::value);
            return true;
        } catch (DataIntegrityViolationException taken) {
            return false;
        }
    }

    public Optional<Display> find(UUID id) {
        return database.sql("SELECT " + COLUMNS + " FROM display_screen WHERE id = :id")
                .bind("id", id)
                .map(this::row)
                .one()
                .as(await::optional)
                .map(this::withRemotes);
    }

    public Optional<Display> findByCode(String code) {
        return database.sql("SELECT " + COLUMNS + " FROM display_screen WHERE pairing_code = :code")
                .bind("code", code)
                .map(this::row)
                .one()
                .as(await::optional)
                .map(this::withRemotes);
    }

    /** The displays a member of staff has paired with, newest first. */
    public List<Display> pairedWith(String username) {
        return database
                .sql("SELECT " + COLUMNS + """
                         FROM display_screen
                        WHERE id IN (SELECT display_id FROM display_remote WHERE username = :username)
                        ORDER BY created_at DESC""")
                .bind("username", username)
                .map(this::row)
                .all()
                .as(await::list)
                .stream()
                .map(this::withRemotes)
                .toList();
    }

    public void pair(UUID id, String username, String displayName, Instant now) {
        database.sql("""
                        INSERT INTO display_remote (display_id, username, display_name, paired_at)
                        VALUES (:id, :username, :name, :now)
                        ON CONFLICT (display_id, username) DO UPDATE SET paired_at = EXCLUDED.paired_at""")
                .bind("id", id)
                .bind("username", username)
                .bind("name", displayName)
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public void unpair(UUID id, String username) {
        database.sql("DELETE FROM display_remote WHERE display_id = :id AND username = :username")
                .bind("id", id)
                .bind("username", username)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public void unpairAll(UUID id) {
        database.sql("DELETE FROM display_remote WHERE display_id = :id")
                .bind("id", id)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public void steer(UUID id, String path, String label, String by, String byName, Instant now) {
        database.sql("""
                        UPDATE display_screen SET shown_path = :path, shown_label = :label, steered_by = :by,
                            steered_by_name = :name, steered_at = :now, seen_at = :now
                        WHERE id = :id""")
                .bind("id", id)
                .bind("path", path)
                .bind("label", label)
                .bind("by", by)
                .bind("name", byName)
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** Gives the display a new code; false when it is taken. */
    public boolean recode(UUID id, String code) {
        try {
            database.sql("UPDATE display_screen SET pairing_code = :code WHERE id = :id")
                    .bind("id", id)
                    .bind("code", code)
                    .fetch()
                    .rowsUpdated()
                    .as(await::value);
            return true;
        } catch (DataIntegrityViolationException taken) {
            return false;
        }
    }

    public void seen(UUID id, Instant now) {
        database.sql("UPDATE display_screen SET seen_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public void delete(UUID id) {
        database.sql("DELETE FROM display_screen WHERE id = :id")
                .bind("id", id)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** Forgets displays not seen since a moment, with their pairings. */
    public long forgetUnseenSince(Instant before) {
        Long removed = database.sql("DELETE FROM display_screen WHERE seen_at < :before")
                .bind("before", before)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        return removed == null ? 0 : removed;
    }

    private Display withRemotes(Display display) {
        List<Display.Remote> remotes = database.sql("""
                        SELECT username, display_name, paired_at FROM display_remote WHERE display_id = :id
                        ORDER BY paired_at""")
                .bind("id", display.id())
                .map(row -> new Display.Remote(
                        row.get("username", String.class),
                        row.get("display_name", String.class),
                        row.get("paired_at", Instant.class)))
                .all()
                .as(await::list);
        return new Display(
                display.id(),
                display.code(),
                display.ownerUsername(),
                display.ownerRole(),
                display.ownerDepartment(),
                display.shownPath(),
                display.shownLabel(),
                display.steeredBy(),
                display.steeredByName(),
                display.steeredAt(),
                display.createdAt(),
                remotes);
    }

    private Display row(Readable row) {
        String role = row.get("owner_role", String.class);
        return new Display(
                row.get("id", UUID.class),
                row.get("pairing_code", String.class),
                row.get("owner_username", String.class),
                role == null ? null : Role.valueOf(role),
                row.get("owner_department", String.class),
                row.get("shown_path", String.class),
                row.get("shown_label", String.class),
                row.get("steered_by", String.class),
                row.get("steered_by_name", String.class),
                row.get("steered_at", Instant.class),
                row.get("created_at", Instant.class),
                List.of());
    }
}
