package kr.seoul.smartcity.directive.service;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Directives and reports.
 *
 * @param issuers          officials besides the mayor who may issue directives (usernames)
 * @param remindBefore     how long before its due time the department is reminded of an open directive
 * @param reminderInterval how often open directives are checked for reminders
 */
@ConfigurationProperties("city.directives")
public record DirectiveProperties(
        @DefaultValue("deputy") List<String> issuers,
        @DefaultValue("24h") Duration remindBefore,
        @DefaultValue("1m") Duration reminderInterval) {}
