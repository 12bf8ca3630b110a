package kr.seoul.smartcity.shell.service;

/**
 * The state of one part of the platform.
 *
 * @param nameKey translation key of the part's name
 * @param up      whether it answers as it should
 * @param detail  what it said, for example a version or a cluster status (not translated)
 */
public record ServiceStatus(String nameKey, boolean up, String detail) {}
