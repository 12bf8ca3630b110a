/**
 * The digital archive on Elasticsearch: items and files in PostgreSQL, Tika text extraction, Korean morphemes with
 * Lucene Nori, a transactional outbox to versioned indices behind an alias, search with facets, snippets, similar
 * documents, suggestions and saved searches, the public archive API; approved documents from {@code approval} are
 * archived as 공문서 (공개 → public, 부분공개 → staff, 비공개 → the owning department), caught up on start; reports from
 * {@code directive} likewise (INTERNAL, tag 업무보고, {@code ReportArchiver}); bulk import from a folder or ZIP with a
 * CSV of metadata ({@code ArchiveBulkImport}, the command-line {@code cli.ArchiveImportRunner}, the admin screen);
 * the search and document pages and the index admin page.
 */
@ApplicationModule(
        displayName = "Digital archive",
        allowedDependencies = {
            "approval::model",
            "approval::service",
            "base",
            "directive::model",
            "directive::service",
            "directory::model",
            "directory::service",
            "security::service",
            "security::ui"
        })
@NullMarked
package kr.seoul.smartcity.archive;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
