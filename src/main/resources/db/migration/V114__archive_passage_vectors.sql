-- Embeddings of archive items' passages for semantic ranking, per embedding model: computed in the background when
-- a model is configured, kept here (PostgreSQL is the source of truth) and written to the index with the item
-- through the outbox, so that a rebuild of the index needs no model. A change of the item removes them.
CREATE TABLE archive_passage_vector (
    item_id  BIGINT       NOT NULL REFERENCES archive_item (id) ON DELETE CASCADE,
    model    VARCHAR(200) NOT NULL,
    passage  INT          NOT NULL,
    vector   REAL[]       NOT NULL,
    PRIMARY KEY (item_id, model, passage)
);

-- Items whose embedding failed, tried again after a backoff; removed when it succeeds or the item changes.
CREATE TABLE archive_embedding_failure (
    item_id         BIGINT       NOT NULL REFERENCES archive_item (id) ON DELETE CASCADE,
    model           VARCHAR(200) NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    last_error      TEXT         NOT NULL,
    PRIMARY KEY (item_id, model)
);
