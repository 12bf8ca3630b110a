package kr.seoul.smartcity.archive.service;

import java.util.List;

import kr.seoul.smartcity.archive.domain.ArchiveFile;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ExtractionStatus;

/** An item with its files (without bytes), and whether all of them gave up their text. */
public record ArchiveItemDetails(ArchiveItem item, List<ArchiveFile> files) {

    public ExtractionStatus extractionStatus() {
        return files.stream().anyMatch(file -> file.extractionStatus() == ExtractionStatus.FAILED)
                ? ExtractionStatus.FAILED
                : ExtractionStatus.OK;
    }
}
