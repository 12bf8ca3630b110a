package kr.seoul.smartcity.archive.service;

/** The embedding model could not be used: the search ranks by words alone, the embedder tries again later. */
public class EmbeddingUnavailableException extends RuntimeException {

    EmbeddingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
