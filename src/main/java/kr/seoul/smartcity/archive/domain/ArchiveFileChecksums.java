package kr.seoul.smartcity.archive.domain;

import java.util.Optional;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** Finds archive files by their SHA-256 checksum, so that an import does not store the same file twice. */
@Repository
public class ArchiveFileChecksums {

    private final DatabaseClient database;
    private final DatabaseCalls await;

    ArchiveFileChecksums(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    /** The item that already holds a file with this checksum, if any (the lowest id when several do). */
    public Optional<Long> itemWith(String sha256) {
        return database.sql("SELECT min(item_id) AS item FROM archive_file WHERE sha256 = :sha")
                .bind("sha", sha256)
                .map(row -> Optional.ofNullable(row.get("item", Long.class)))
                .one()
                .as(await::value);
    }
}
