package kr.seoul.smartcity.command.domain;

/** What the person wants done: see something (the default), call a department, or give it a directive. */
public enum Verb {
    SHOW,
    CALL,
    DIRECTIVE
}
