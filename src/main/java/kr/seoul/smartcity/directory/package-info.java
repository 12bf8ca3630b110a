/**
 * Departments and staff accounts, and the directory entries (rank, phone, on duty).
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = "base")
package kr.seoul.smartcity.directory;

import org.springframework.modulith.ApplicationModule;
