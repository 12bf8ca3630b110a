package kr.seoul.smartcity.directive.domain;

/** A stored file's particulars, without its bytes. */
public record AttachmentInfo(long id, String fileName, String type, long size) {}
