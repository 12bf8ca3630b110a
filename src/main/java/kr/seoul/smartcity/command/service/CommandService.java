package kr.seoul.smartcity.command.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.command.domain.CommandResolver;
import kr.seoul.smartcity.command.domain.CommandTarget;
import kr.seoul.smartcity.command.domain.Resolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Resolves commands against what every feature offers the asker. */
@Service
public class CommandService {

    private static final Logger log = LoggerFactory.getLogger(CommandService.class);

    private final List<CommandSource> sources;

    CommandService(List<CommandSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Everything the asker may reach by a command. A feature that fails is left out and logged, not the rest. */
    public List<CommandTarget> targets(Asker asker) {
        List<CommandTarget> targets = new ArrayList<>();
        for (CommandSource source : sources) {
            try {
                targets.addAll(source.targets(asker));
            } catch (RuntimeException e) {
                log.warn(
                        "Commands could not read what {} offers: {}",
                        source.getClass().getSimpleName(),
                        e.toString());
            }
        }
        return targets;
    }

    public Resolution resolve(Asker asker, String said) {
        return CommandResolver.resolve(said, targets(asker));
    }

    /** Resolves a command against targets read before (the command bar reads them once when it opens). */
    public Resolution resolve(List<CommandTarget> targets, String said) {
        return CommandResolver.resolve(said, targets);
    }

    /** The target with this id, if the asker may reach it. */
    public Optional<CommandTarget> reachable(Asker asker, String targetId) {
        return targets(asker).stream()
                .filter(target -> target.id().equals(targetId))
                .findFirst();
    }
}
