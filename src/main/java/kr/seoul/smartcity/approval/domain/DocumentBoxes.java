package kr.seoul.smartcity.approval.domain;

import java.util.List;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

/** The boxes of approval (결재함) and the lists other features read: documents by who waits for them or took part. */
@Repository
public class DocumentBoxes {

    private final DatabaseClient database;
    private final DatabaseCalls await;

    DocumentBoxes(DatabaseClient database, DatabaseCalls await) {
        this.database = database;
        this.await = await;
    }

    /** Documents waiting for one of these approvers at their current step. */
    public List<ApprovalDocument> waitingFor(List<String> approvers) {
        return documents("""
                WHERE d.status IN ('IN_PROGRESS', 'ON_HOLD') AND EXISTS (
                    SELECT 1 FROM approval_step s WHERE s.document_id = d.id AND s.version = d.version
                      AND s.state = 'WAITING' AND s.kind <> 'DRAFT' AND s.approver = ANY(:people)
                      AND s.seq = (SELECT min(x.seq) FROM approval_step x WHERE x.document_id = d.id
                                   AND x.version = d.version AND x.state = 'WAITING' AND x.kind <> 'DRAFT'))
                ORDER BY d.updated_at DESC""", approvers.toArray(String[]::new), null);
    }

    /** Unfinished documents the user drafted or has already approved. */
    public List<ApprovalDocument> inProgress(String username) {
        return documents("""
                WHERE d.status IN ('IN_PROGRESS', 'ON_HOLD') AND (d.drafter = :user OR EXISTS (
                    SELECT 1 FROM approval_step s WHERE s.document_id = d.id AND s.version = d.version
                      AND s.kind <> 'DRAFT' AND s.state = 'APPROVED' AND (s.approver = :user OR s.acted_by = :user)))
                ORDER BY d.updated_at DESC""", null, username);
    }

    public List<ApprovalDocument> completed(String username) {
        return documents("""
                WHERE d.status = 'COMPLETED' AND (d.drafter = :user OR EXISTS (
                    SELECT 1 FROM approval_step s WHERE s.document_id = d.id AND s.version = d.version
                      AND (s.approver = :user OR s.acted_by = :user)))
                ORDER BY d.completed_at DESC""", null, username);
    }

    public List<ApprovalDocument> byDrafter(String username, DocumentStatus status) {
        return documents(
                "WHERE d.drafter = :user AND d.status = '" + status.name() + "' ORDER BY d.updated_at DESC",
                null,
                username);
    }

    public List<ApprovalDocument> referencedTo(String username) {
        return documents("""
                WHERE d.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM approval_recipient r
                    WHERE r.document_id = d.id AND r.username = :user)
                ORDER BY d.updated_at DESC""", null, username);
    }

    public List<ApprovalDocument> published(int limit) {
        return documents(
                "WHERE d.published_at IS NOT NULL ORDER BY d.published_at DESC LIMIT " + Math.max(1, limit),
                null,
                null);
    }

    /** Completed documents with an id above {@code afterId}, in id order. */
    public List<ApprovalDocument> completedAfter(long afterId, int limit) {
        return documents(
                "WHERE d.status = 'COMPLETED' AND d.id > " + afterId + " ORDER BY d.id LIMIT " + Math.max(1, limit),
                null,
                null);
    }

    private List<ApprovalDocument> documents(String where, String @Nullable [] people, @Nullable String user) {
        GenericExecuteSpec spec =
                database.sql("SELECT " + DocumentRows.DOCUMENT_COLUMNS + " FROM approval_document d " + where);
        if (people != null) {
            spec = spec.bind("people", people);
        }
        if (user != null) {
            spec = spec.bind("user", user);
        }
        return spec.map((Readable row) -> DocumentRows.document(row)).all().as(await::list);
    }
}
