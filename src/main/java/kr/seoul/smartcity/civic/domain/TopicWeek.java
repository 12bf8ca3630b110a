package kr.seoul.smartcity.civic.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;

/** A topic of citizens' voices in one week: how much was said, the share positive and negative, the keywords. */
public record TopicWeek(
        LocalDate weekStart,
        String topicKo,
        String topicEn,
        int volume,
        double positive,
        double negative,
        List<String> keywords,
        DisclosureClass disclosure)
        implements Disclosed {

    public TopicWeek {
        keywords = List.copyOf(keywords);
    }

    @Override
    public @Nullable String owningDepartment() {
        return null;
    }

    public String topic(Locale locale) {
        return "en".equals(locale.getLanguage()) ? topicEn : topicKo;
    }
}
