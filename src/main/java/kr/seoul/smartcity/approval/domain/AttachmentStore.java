package kr.seoul.smartcity.approval.domain;

import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** Reading attachments: their particulars and their bytes. */
@Repository
public class AttachmentStore {

    private final DatabaseClient database;
    private final DatabaseCalls await;

    AttachmentStore(DatabaseClient database, DatabaseCalls await) {
        this.database = database;
        this.await = await;
    }

    /** The attachments of one version of a document, oldest first. */
    public List<AttachmentInfo> attachments(long documentId, int version) {
        return attachmentCalls(documentId).filter(a -> a.version() == version).as(await::list);
    }

    Flux<AttachmentInfo> attachmentCalls(long documentId) {
        return database.sql("""
                SELECT id, document_id, version, filename, type, size, sha256, uploaded_by, uploaded_at
                FROM approval_attachment WHERE document_id = :id ORDER BY id""")
                .bind("id", documentId)
                .map((Readable row) -> DocumentRows.attachment(row))
                .all();
    }

    public Optional<AttachmentInfo> attachment(long attachmentId) {
        return database.sql("""
                SELECT id, document_id, version, filename, type, size, sha256, uploaded_by, uploaded_at
                FROM approval_attachment WHERE id = :id""")
                .bind("id", attachmentId)
                .map((Readable row) -> DocumentRows.attachment(row))
                .one()
                .as(await::optional);
    }

    public Optional<byte[]> attachmentContent(long attachmentId) {
        return database.sql("SELECT content FROM approval_attachment WHERE id = :id")
                .bind("id", attachmentId)
                .map(row -> {
                    java.nio.ByteBuffer buffer = row.get("content", java.nio.ByteBuffer.class);
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    return bytes;
                })
                .one()
                .as(await::optional);
    }
}
