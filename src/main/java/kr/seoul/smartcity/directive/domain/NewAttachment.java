package kr.seoul.smartcity.directive.domain;

/** A checked file on its way to storage: its name, type (see approval's attachment types) and bytes. */
public record NewAttachment(String fileName, String type, String sha256, byte[] content) {}
