package kr.seoul.smartcity.directory.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A member of staff who signs in. Officials belong to a department; the mayor and administrators may too. After an
 * administrator resets the password, {@code mustChangePassword} holds until the member sets one of their own.
 */
@Table("user_account")
@NamedInterface("model")
public record UserAccount(
        @Id @Nullable Long id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        @Nullable String departmentCode,
        boolean enabled,
        @Nullable Instant createdAt,
        boolean mustChangePassword,
        @Nullable Instant passwordChangedAt) {}
