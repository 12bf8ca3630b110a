/**
 * Departments and staff accounts, and the directory entries (rank, phone, on duty).
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = "base")
@NullMarked
package kr.seoul.smartcity.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
