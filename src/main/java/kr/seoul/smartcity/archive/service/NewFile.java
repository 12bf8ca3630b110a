package kr.seoul.smartcity.archive.service;

/** A file as it is uploaded: its name (for the type hint) and bytes. */
public record NewFile(String fileName, byte[] content) {}
