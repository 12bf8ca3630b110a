package kr.seoul.smartcity.dev;

/** The embedded default was started as root, which Elasticsearch refuses. */
class RunningAsRootException extends IllegalStateException {

    RunningAsRootException() {
        super("The embedded default cannot run as root");
    }
}
