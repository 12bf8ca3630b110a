package kr.seoul.smartcity.archive.service;

import java.util.List;

import kr.seoul.smartcity.archive.domain.WaitingIndexEntry;
import org.jspecify.annotations.Nullable;

/**
 * The search index as operators see it: the alias and the versioned index behind it, how many documents it holds
 * next to the items in PostgreSQL, the outbox, and the entries that keep failing. {@code indexedDocuments} and
 * {@code indices} are unknown ({@code null}, empty) when Elasticsearch cannot be reached; {@code unreachable} says why.
 */
public record ArchiveIndexStatus(
        String alias,
        List<String> indices,
        @Nullable Long indexedDocuments,
        long storedItems,
        long pending,
        List<WaitingIndexEntry> failing,
        @Nullable String lastError,
        @Nullable String unreachable) {

    public ArchiveIndexStatus {
        indices = List.copyOf(indices);
        failing = List.copyOf(failing);
    }

    /** Whether the index holds exactly what PostgreSQL holds, with nothing waiting. */
    public boolean inStep() {
        return unreachable == null && pending == 0 && indexedDocuments != null && indexedDocuments == storedItems;
    }
}
