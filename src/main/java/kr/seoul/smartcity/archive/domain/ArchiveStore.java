package kr.seoul.smartcity.archive.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The archive's tables. Every change of an item writes an outbox row in the same transaction, so that the index
 * catches up with whatever PostgreSQL holds, even when Elasticsearch was down at the time.
 */
@Repository
public class ArchiveStore {

    private static final String ITEM_COLUMNS = """
            id, title, type, department_code, producer, issued_on, tags, language, disclosure, restricted_roles,
            summary, created_by, created_at, updated_at, source""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    ArchiveStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    /** Stores an item with its files and an UPSERT in the outbox, in one transaction. */
    public ArchiveItem insert(ArchiveDraft draft, List<StoredFile> files, String createdBy, Instant now) {
        return insertItem(null, draft, files, createdBy, now).orElseThrow();
    }

    /**
     * Stores an item produced from another feature's record, unless one from the same source is there already: with
     * its files and an UPSERT in the outbox, in one transaction.
     *
     * @return the new item, or empty if the source was archived before
     */
    public Optional<ArchiveItem> insertFromSource(
            String source, ArchiveDraft draft, List<StoredFile> files, String createdBy, Instant now) {
        return insertItem(source, draft, files, createdBy, now);
    }

    private Optional<ArchiveItem> insertItem(
            @Nullable String source, ArchiveDraft draft, List<StoredFile> files, String createdBy, Instant now) {
        DatabaseClient.GenericExecuteSpec spec = bindDraft(database.sql("""
                        INSERT INTO archive_item (title, type, department_code, producer, issued_on, tags, language,
                                                  disclosure, restricted_roles, summary, created_by, created_at,
                                                  updated_at, source)
                        VALUES (:title, :type, :department, :producer, :issuedOn, :tags, :language, :disclosure,
                                :roles, :summary, :createdBy, :now, :now, :source)
                        ON CONFLICT (source) DO NOTHING
                        RETURNING\s""" + ITEM_COLUMNS), draft)
                .bind("createdBy", createdBy)
                .bind("now", now);
        spec = source == null ? spec.bindNull("source", String.class) : spec.bind("source", source);
        return spec.map(ArchiveStore::item)
                .one()
                .flatMap(item -> Flux.fromIterable(files)
                        .concatMap(file -> insertFile(item.id(), file, now))
                        .then(enqueue(item.id(), OutboxEntry.Operation.UPSERT))
                        .thenReturn(item))
                .as(transaction::transactional)
                .as(await::optional);
    }

    /** Whether an item produced from the source is stored. */
    public boolean hasSource(String source) {
        return Boolean.TRUE.equals(
                database.sql("SELECT EXISTS (SELECT 1 FROM archive_item WHERE source = :source) AS e")
                        .bind("source", source)
                        .map(row -> row.get("e", Boolean.class))
                        .one()
                        .as(await::value));
    }

    /** Adds a file to an item and queues the item for indexing, in one transaction. */
    public void addFile(long itemId, StoredFile file, Instant now) {
        insertFile(itemId, file, now)
                .then(touch(itemId, now))
                .then(enqueue(itemId, OutboxEntry.Operation.UPSERT))
                .as(transaction::transactional)
                .as(await::value);
    }

    /** Replaces an item's metadata and queues it for indexing, in one transaction; empty if there is no such item. */
    public Optional<ArchiveItem> update(long id, ArchiveDraft draft, Instant now) {
        return bindDraft(database.sql("""
                        UPDATE archive_item SET title = :title, type = :type, department_code = :department,
                            producer = :producer, issued_on = :issuedOn, tags = :tags, language = :language,
                            disclosure = :disclosure, restricted_roles = :roles, summary = :summary, updated_at = :now
                        WHERE id = :id
                        RETURNING\s""" + ITEM_COLUMNS), draft)
                .bind("id", id)
                .bind("now", now)
                .map(ArchiveStore::item)
                .one()
                .flatMap(
                        item -> enqueue(item.id(), OutboxEntry.Operation.UPSERT).thenReturn(item))
                .as(transaction::transactional)
                .as(await::optional);
    }

    /** Deletes an item with its files and queues its removal from the index, in one transaction. */
    public boolean delete(long id) {
        return Boolean.TRUE.equals(database.sql("DELETE FROM archive_item WHERE id = :id")
                .bind("id", id)
                .fetch()
                .rowsUpdated()
                .flatMap(rows -> rows == 0
                        ? Mono.just(false)
                        : enqueue(id, OutboxEntry.Operation.DELETE).thenReturn(true))
                .as(transaction::transactional)
                .as(await::value));
    }

    public Optional<ArchiveItem> find(long id) {
        return database.sql("SELECT " + ITEM_COLUMNS + " FROM archive_item WHERE id = :id")
                .bind("id", id)
                .map(ArchiveStore::item)
                .one()
                .as(await::optional);
    }

    /** The items with these ids, in ascending id order; missing ones are left out. */
    public List<ArchiveItem> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.sql("SELECT " + ITEM_COLUMNS + " FROM archive_item WHERE id = ANY(:ids) ORDER BY id")
                .bind("ids", ids.toArray(Long[]::new))
                .map(ArchiveStore::item)
                .all()
                .as(await::list);
    }

    /** Ids of items after {@code afterId}, ascending, for walking the whole archive in pages. */
    public List<Long> idsAfter(long afterId, int limit) {
        return database.sql("SELECT id FROM archive_item WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterId)
                .bind("limit", limit)
                .map(row -> row.get("id", Long.class))
                .all()
                .as(await::list);
    }

    public long count() {
        return database.sql("SELECT count(*) AS n FROM archive_item")
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
    }

    public List<ArchiveFile> files(long itemId) {
        return database.sql("""
                        SELECT id, item_id, file_name, content_type, size_bytes, sha256, extraction_status, extraction_error
                        FROM archive_file WHERE item_id = :item ORDER BY id""")
                .bind("item", itemId)
                .map(row -> new ArchiveFile(
                        row.get("id", Long.class),
                        row.get("item_id", Long.class),
                        row.get("file_name", String.class),
                        row.get("content_type", String.class),
                        row.get("size_bytes", Long.class),
                        row.get("sha256", String.class),
                        ExtractionStatus.valueOf(row.get("extraction_status", String.class)),
                        row.get("extraction_error", String.class)))
                .all()
                .as(await::list);
    }

    /** The extracted text of each item's files, joined, by item id. */
    public Map<Long, String> extractedText(Collection<Long> itemIds) {
        Map<Long, String> texts = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return texts;
        }
        database.sql("""
                        SELECT item_id, string_agg(extracted_text, E'\\n\\n' ORDER BY id) AS text
                        FROM archive_file WHERE item_id = ANY(:ids) GROUP BY item_id""")
                .bind("ids", itemIds.toArray(Long[]::new))
                .map(row -> Map.entry(row.get("item_id", Long.class), row.get("text", String.class)))
                .all()
                .doOnNext(entry -> texts.put(entry.getKey(), entry.getValue()))
                .then()
                .as(await::value);
        return texts;
    }

    /** A file's particulars, with its bytes to be read in parts as they are sent. */
    public Optional<FileContent> fileContent(long itemId, long fileId) {
        return database.sql("""
                        SELECT id, item_id, file_name, content_type, sha256, size_bytes
                        FROM archive_file WHERE id = :file AND item_id = :item""")
                .bind("file", fileId)
                .bind("item", itemId)
                .map(row -> {
                    long size = row.get("size_bytes", Long.class);
                    return new FileContent(
                            row.get("id", Long.class),
                            row.get("item_id", Long.class),
                            row.get("file_name", String.class),
                            row.get("content_type", String.class),
                            row.get("sha256", String.class),
                            size,
                            () -> new FileParts(size, offset -> part(fileId, offset)));
                })
                .one()
                .as(await::optional);
    }

    /** Up to {@link FileParts#PART} bytes of a file from an offset (PostgreSQL reads only that slice). */
    private byte[] part(long fileId, long offset) {
        return database.sql(
                        "SELECT substring(content FROM :from FOR :length) AS part FROM archive_file WHERE id = :file")
                .bind("from", Math.toIntExact(offset + 1))
                .bind("length", FileParts.PART)
                .bind("file", fileId)
                .map(row -> row.get("part", byte[].class))
                .one()
                .as(await::optional)
                .orElse(new byte[0]);
    }

    // --- outbox

    /** Outbox entries due now (or all of them when {@code ignoreBackoff}), oldest first. */
    public List<OutboxEntry> dueOutbox(Instant now, int limit, boolean ignoreBackoff) {
        DatabaseClient.GenericExecuteSpec spec = database.sql(
                        "SELECT id, item_id, operation, attempts FROM archive_outbox "
                                + (ignoreBackoff ? "" : "WHERE next_attempt_at <= :now ") + "ORDER BY id LIMIT :limit")
                .bind("limit", limit);
        if (!ignoreBackoff) {
            spec = spec.bind("now", now);
        }
        return spec.map(row -> new OutboxEntry(
                        row.get("id", Long.class),
                        row.get("item_id", Long.class),
                        OutboxEntry.Operation.valueOf(row.get("operation", String.class)),
                        row.get("attempts", Integer.class)))
                .all()
                .as(await::list);
    }

    public void removeOutbox(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            database.sql("DELETE FROM archive_outbox WHERE id = ANY(:ids)")
                    .bind("ids", ids.toArray(Long[]::new))
                    .fetch()
                    .rowsUpdated()
                    .as(await::value);
        }
    }

    /** Records a failed attempt and when to try again. */
    public void retryOutbox(long id, String error, Instant nextAttemptAt) {
        database.sql("""
                        UPDATE archive_outbox SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next
                        WHERE id = :id""")
                .bind("id", id)
                .bind("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .bind("next", nextAttemptAt)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** Outbox entries that failed at least once, those tried next first. */
    public List<WaitingIndexEntry> failingOutbox(int limit) {
        return database.sql("""
                        SELECT item_id, operation, attempts, next_attempt_at, last_error FROM archive_outbox
                        WHERE attempts > 0 ORDER BY next_attempt_at, id LIMIT :limit""")
                .bind("limit", limit)
                .map(row -> new WaitingIndexEntry(
                        row.get("item_id", Long.class),
                        OutboxEntry.Operation.valueOf(row.get("operation", String.class)),
                        row.get("attempts", Integer.class),
                        row.get("next_attempt_at", Instant.class),
                        row.get("last_error", String.class)))
                .all()
                .as(await::list);
    }

    public long outboxSize() {
        return database.sql("SELECT count(*) AS n FROM archive_outbox")
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
    }

    /** Queues every item changed since {@code since} again (after a rebuild, for changes made while it ran). */
    public long enqueueChangedSince(Instant since) {
        return database.sql("""
                        INSERT INTO archive_outbox (item_id, operation)
                        SELECT id, 'UPSERT' FROM archive_item WHERE updated_at >= :since""").bind("since", since).fetch().rowsUpdated().as(await::value);
    }

    // --- saved searches

    public SavedSearch saveSearch(String owner, String name, String query, String sort, Instant now) {
        return database.sql("""
                        INSERT INTO archive_saved_search (owner, name, query, sort, created_at)
                        VALUES (:owner, :name, :query, :sort, :now)
                        ON CONFLICT (owner, name) DO UPDATE SET query = EXCLUDED.query, sort = EXCLUDED.sort
                        RETURNING id, owner, name, query, sort, created_at""")
                .bind("owner", owner)
                .bind("name", name)
                .bind("query", query)
                .bind("sort", sort)
                .bind("now", now)
                .map(ArchiveStore::savedSearch)
                .one()
                .as(await::value);
    }

    public List<SavedSearch> savedSearches(String owner) {
        return database.sql("SELECT id, owner, name, query, sort, created_at FROM archive_saved_search "
                        + "WHERE owner = :owner ORDER BY name")
                .bind("owner", owner)
                .map(ArchiveStore::savedSearch)
                .all()
                .as(await::list);
    }

    public boolean deleteSavedSearch(String owner, long id) {
        return database.sql("DELETE FROM archive_saved_search WHERE id = :id AND owner = :owner")
                        .bind("id", id)
                        .bind("owner", owner)
                        .fetch()
                        .rowsUpdated()
                        .as(await::value)
                > 0;
    }

    private Mono<Long> insertFile(long itemId, StoredFile file, Instant now) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO archive_file (item_id, file_name, content_type, size_bytes, sha256, content,
                                                  extracted_text, extraction_status, extraction_error, created_at)
                        VALUES (:item, :name, :type, :size, :sha, :content, :text, :status, :error, :now)""")
                .bind("item", itemId)
                .bind("name", file.fileName())
                .bind("type", file.contentType())
                .bind("size", (long) file.content().length)
                .bind("sha", file.sha256())
                .bind("content", file.content())
                .bind("text", file.extractedText())
                .bind("status", file.extractionStatus().name())
                .bind("now", now);
        spec = file.extractionError() == null
                ? spec.bindNull("error", String.class)
                : spec.bind("error", file.extractionError());
        return spec.fetch().rowsUpdated();
    }

    private Mono<Long> touch(long itemId, Instant now) {
        return database.sql("UPDATE archive_item SET updated_at = :now WHERE id = :id")
                .bind("id", itemId)
                .bind("now", now)
                .fetch()
                .rowsUpdated();
    }

    /** Queues the item for the index; a change of its text makes its passages' embeddings stale, so they go. */
    private Mono<Long> enqueue(long itemId, OutboxEntry.Operation operation) {
        Mono<Long> queued = database.sql("INSERT INTO archive_outbox (item_id, operation) VALUES (:item, :operation)")
                .bind("item", itemId)
                .bind("operation", operation.name())
                .fetch()
                .rowsUpdated();
        if (operation != OutboxEntry.Operation.UPSERT) {
            return queued;
        }
        return database.sql("DELETE FROM archive_passage_vector WHERE item_id = :item")
                .bind("item", itemId)
                .fetch()
                .rowsUpdated()
                .then(database.sql("DELETE FROM archive_embedding_failure WHERE item_id = :item")
                        .bind("item", itemId)
                        .fetch()
                        .rowsUpdated())
                .then(queued);
    }

    private static ArchiveItem item(Readable row) {
        return new ArchiveItem(
                row.get("id", Long.class),
                row.get("title", String.class),
                ArchiveItemType.valueOf(row.get("type", String.class)),
                row.get("department_code", String.class),
                row.get("producer", String.class),
                row.get("issued_on", LocalDate.class),
                List.of(row.get("tags", String[].class)),
                ArchiveLanguage.ofCode(row.get("language", String.class)),
                DisclosureClass.valueOf(row.get("disclosure", String.class)),
                Arrays.stream(row.get("restricted_roles", String[].class))
                        .map(Role::valueOf)
                        .toList(),
                row.get("summary", String.class),
                row.get("created_by", String.class),
                row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class),
                row.get("source", String.class));
    }

    private static SavedSearch savedSearch(Readable row) {
        return new SavedSearch(
                row.get("id", Long.class),
                row.get("owner", String.class),
                row.get("name", String.class),
                row.get("query", String.class),
                row.get("sort", String.class),
                row.get("created_at", Instant.class));
    }

    private static DatabaseClient.GenericExecuteSpec bindDraft(
            DatabaseClient.GenericExecuteSpec spec, ArchiveDraft draft) {
        return spec.bind("title", draft.title())
                .bind("type", draft.type().name())
                .bind("department", draft.departmentCode())
                .bind("producer", draft.producer())
                .bind("issuedOn", draft.issuedOn())
                .bind("tags", draft.tags().toArray(String[]::new))
                .bind("language", draft.language().code())
                .bind("disclosure", draft.disclosure().name())
                .bind("roles", draft.restrictedRoles().stream().map(Role::name).toArray(String[]::new))
                .bind("summary", draft.summary());
    }
}
