package kr.seoul.smartcity.archive.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** An index operation waiting in the outbox. */
public record OutboxEntry(long id, long itemId, Operation operation, int attempts) {

    public enum Operation implements Labelled {
        UPSERT,
        DELETE;

        @Override
        public String labelKey() {
            return "archive.index.operation." + name();
        }
    }
}
