package kr.seoul.smartcity.directive.service;

/** A file as someone uploaded it: its name and bytes, not checked yet. */
public record Upload(String fileName, byte[] content) {}
