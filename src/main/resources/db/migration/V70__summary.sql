-- Report summaries (feature: summary): one cached summary per document and reader language. A summary is used only
-- while the document's checksum, the model and the prompt version are those it was made with.
CREATE TABLE summary_cache (
    source         VARCHAR(64)  NOT NULL,
    language       VARCHAR(8)   NOT NULL,
    checksum       CHAR(64)     NOT NULL,
    model          VARCHAR(128) NOT NULL,
    prompt_version VARCHAR(32)  NOT NULL,
    content        JSONB        NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (source, language)
);
