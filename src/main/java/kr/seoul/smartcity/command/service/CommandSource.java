package kr.seoul.smartcity.command.service;

import java.util.List;

import kr.seoul.smartcity.command.domain.CommandTarget;

/**
 * What a feature offers to commands: its screens, dashboards, indicators, documents, or the departments one may call
 * or direct. A feature names only what the asker may see or do, so a command cannot reach anything else.
 */
public interface CommandSource {

    List<CommandTarget> targets(Asker asker);
}
