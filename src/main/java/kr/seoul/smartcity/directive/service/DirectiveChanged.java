package kr.seoul.smartcity.directive.service;

import java.util.List;

import kr.seoul.smartcity.base.events.Topic;

/**
 * Live event: a directive was issued or took a step ({@code action}); {@code departments} are the ones it was given
 * to, so that their screens can tell their people.
 */
public record DirectiveChanged(long directiveId, String action, List<String> departments) {

    public static final Topic<DirectiveChanged> TOPIC = Topic.of("directive.changed", DirectiveChanged.class);
}
