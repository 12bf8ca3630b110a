package kr.seoul.smartcity.archive.domain;

/** An index operation waiting in the outbox. */
public record OutboxEntry(long id, long itemId, Operation operation, int attempts) {

    public enum Operation { UPSERT, DELETE }
}
