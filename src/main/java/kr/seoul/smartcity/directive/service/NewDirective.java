package kr.seoul.smartcity.directive.service;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.domain.Priority;
import org.jspecify.annotations.Nullable;

/** A directive as the mayor writes it: what, to which departments (the first leads), by when, how urgently, from where. */
public record NewDirective(
        String title,
        String body,
        List<String> departments,
        @Nullable Instant dueAt,
        @Nullable Priority priority,
        @Nullable DirectiveContext context) {}
