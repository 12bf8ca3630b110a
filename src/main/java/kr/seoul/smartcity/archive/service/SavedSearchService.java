package kr.seoul.smartcity.archive.service;

import java.time.Clock;
import java.util.List;

import kr.seoul.smartcity.archive.domain.ArchiveStore;
import kr.seoul.smartcity.archive.domain.SavedSearch;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/** Searches that members of staff keep under a name; citizens cannot keep any. */
@Service
public class SavedSearchService {

    private final ArchiveStore store;
    private final Clock clock;

    SavedSearchService(ArchiveStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Saves (or replaces) the owner's search under {@code name}. */
    public SavedSearch save(Viewer viewer, String owner, String name, String query, ArchiveQuery.Sort sort) {
        if (!viewer.isStaff()) {
            throw new InvalidArchiveItemException("Only members of staff can save searches");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidArchiveItemException("A saved search needs a name of at most 120 characters");
        }
        if (query == null || query.length() > 1000) {
            throw new InvalidArchiveItemException("A saved query has at most 1000 characters");
        }
        return store.saveSearch(owner, name.strip(), query, sort.name(), clock.instant());
    }

    public List<SavedSearch> list(String owner) {
        return store.savedSearches(owner);
    }

    public boolean delete(String owner, long id) {
        return store.deleteSavedSearch(owner, id);
    }
}
