package kr.seoul.smartcity.civic.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.civic.domain.Channel;
import kr.seoul.smartcity.civic.domain.ComplaintDay;
import kr.seoul.smartcity.civic.domain.OpinionStore;
import kr.seoul.smartcity.civic.domain.TopicWeek;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/**
 * Citizens' opinions in figures: complaints and petitions per day by channel, their handling per bureau with the
 * overdue ones, and weekly topic trends. Only the rows the viewer may see are counted.
 */
@Service
public class OpinionService {

    private final OpinionStore store;
    private final DisclosurePolicy policy;
    private final Clock clock;

    OpinionService(OpinionStore store, DisclosurePolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Seoul.ZONE));
    }

    /** Complaints received per day of the last {@code days} days, by channel (days without any count as 0). */
    public Map<Channel, Map<LocalDate, Integer>> receivedByChannel(Viewer viewer, int days) {
        LocalDate to = today();
        LocalDate from = to.minusDays(days - 1L);
        Map<Channel, Map<LocalDate, Integer>> series = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            Map<LocalDate, Integer> perDay = new TreeMap<>();
            from.datesUntil(to.plusDays(1)).forEach(day -> perDay.put(day, 0));
            series.put(channel, perDay);
        }
        for (ComplaintDay row : visible(viewer, from, to)) {
            series.get(row.channel()).merge(row.day(), row.received(), Integer::sum);
        }
        return series;
    }

    /** Each bureau's handling over the last {@code days} days, the most overdue first. */
    public List<BureauStatus> bureaus(Viewer viewer, int days) {
        LocalDate to = today();
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (ComplaintDay row : visible(viewer, to.minusDays(days - 1L), to)) {
            int[] sum = sums.computeIfAbsent(row.departmentCode(), code -> new int[3]);
            sum[0] += row.received();
            sum[1] += row.handled();
            sum[2] += row.overdue();
        }
        List<BureauStatus> statuses = new ArrayList<>();
        sums.forEach((code, sum) -> statuses.add(new BureauStatus(code, sum[0], sum[1], sum[2])));
        statuses.sort(
                Comparator.comparingInt(BureauStatus::overdue).reversed().thenComparing(BureauStatus::departmentCode));
        return statuses;
    }

    /** Topic trends over the last {@code weeks} weeks, the topics with the most volume in the latest week first. */
    public List<TopicTrend> topics(Viewer viewer, int weeks) {
        LocalDate from = today().with(DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
        Map<String, List<TopicWeek>> byTopic = new LinkedHashMap<>();
        for (TopicWeek week : store.topics(from)) {
            if (policy.canSee(viewer, week)) {
                byTopic.computeIfAbsent(week.topicKo(), topic -> new ArrayList<>())
                        .add(week);
            }
        }
        return byTopic.values().stream()
                .map(TopicTrend::new)
                .sorted(Comparator.comparingInt(
                                (TopicTrend trend) -> trend.latest().volume())
                        .reversed())
                .toList();
    }

    /** Stores figures taken over from the complaint system and the trend analysis (or a sample set). */
    public void takeOver(List<ComplaintDay> days, List<TopicWeek> weeks, boolean sample) {
        store.save(days, weeks, sample);
    }

    public boolean hasFigures() {
        return store.complaintRows() > 0;
    }

    private List<ComplaintDay> visible(Viewer viewer, LocalDate from, LocalDate to) {
        return store.complaints(from, to).stream()
                .filter(row -> policy.canSee(viewer, row))
                .toList();
    }
}
