package kr.seoul.smartcity.citystatus.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.command.domain.CommandTarget;
import kr.seoul.smartcity.command.domain.Match;
import kr.seoul.smartcity.command.domain.TargetKind;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandAnswer;
import kr.seoul.smartcity.command.service.CommandSource;
import org.springframework.stereotype.Component;

/**
 * The indicators the asker may see and the 25 districts as command targets ("강남구 미세먼지" opens 강남구's page with
 * the fine-dust history), and the answer to such a command: the value, its level and its trend over the day.
 */
@Component
class IndicatorCommands implements CommandSource, CommandAnswer {

    private final CityStatusService status;

    IndicatorCommands(CityStatusService status) {
        this.status = status;
    }

    @Override
    public List<CommandTarget> targets(Asker asker) {
        List<CommandTarget> targets = new ArrayList<>();
        for (Indicator indicator : status.indicators(asker.viewer())) {
            List<String> aliases =
                    List.of(indicator.code().toLowerCase(Locale.ROOT).replace('_', ' '));
            targets.add(new CommandTarget(
                    TargetKind.INDICATOR,
                    indicator.code(),
                    indicator.nameKo(),
                    indicator.nameEn(),
                    aliases,
                    "status?indicator=" + indicator.code(),
                    indicator.perDistrict() ? "district/{district}?indicator=" + indicator.code() : null,
                    true));
        }
        for (SeoulDistrict district : SeoulDistrict.values()) {
            targets.add(CommandTarget.page(
                    TargetKind.DISTRICT,
                    district.code(),
                    district.nameKo(),
                    district.nameEn(),
                    "district/" + district.code(),
                    List.of()));
        }
        return targets;
    }

    @Override
    public Optional<String> answer(Asker asker, Match match, Locale locale) {
        if (match.target().kind() != TargetKind.INDICATOR) {
            return Optional.empty();
        }
        String districtCode = match.district() == null ? null : match.district().code();
        return status.tile(asker.viewer(), match.target().key(), districtCode)
                .map(tile -> SpokenTile.of(tile, match.label(locale), locale));
    }
}
