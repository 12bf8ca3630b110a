package kr.seoul.smartcity.summary.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.summary.domain.Passage;
import kr.seoul.smartcity.summary.domain.Summary;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.ChatOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Summaries by a language model through Spring AI's {@link ChatClient}. A document that fits
 * {@code city.summary.max-input-chars} is summarised in one streamed request; a longer one map-reduce style: each
 * part on its own, then the parts' notes combined in a last, streamed request. Every request waits at most
 * {@code city.summary.timeout} for the next piece of output; errors, timeouts and answers that do not parse end the
 * flux with an error (the caller falls back).
 */
class ChatClientSummariser implements Summariser {

    private final ChatClient client;
    private final SummaryProperties properties;
    private final Clock clock;

    ChatClientSummariser(ChatModel model, SummaryProperties properties, Clock clock) {
        this.client = ChatClient.create(model);
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String model() {
        return properties.model();
    }

    @Override
    public Flux<SummaryEvent> summarise(SourceDocument document, AppLanguage language) {
        List<List<Passage>> chunks = PassageSplitter.chunks(document.passages(), properties.maxInputChars());
        if (chunks.size() > properties.maxParts()) {
            return Flux.error(new DocumentTooLongException(chunks.size(), properties.maxParts()));
        }
        String system = SummaryPrompt.system(language);
        Set<String> ids = document.passageIds();
        if (chunks.size() == 1) {
            return Flux.concat(
                    Flux.just(new SummaryEvent.Started(model(), 1)),
                    streamed(system, SummaryPrompt.whole(document.title(), chunks.getFirst()), ids, language));
        }
        int parts = chunks.size() + 1;
        List<Summary> notes = new ArrayList<>();
        Flux<SummaryEvent> map = Flux.range(0, chunks.size())
                .concatMap(
                        i -> complete(system, SummaryPrompt.part(document.title(), chunks.get(i), i + 1, chunks.size()))
                                .map(answer -> SummaryParser.parse(
                                        answer, ids, false, model(), language.tag(), clock.instant()))
                                .doOnNext(notes::add)
                                .map(note -> new SummaryEvent.Progress(i + 1, parts)));
        Flux<SummaryEvent> reduce =
                Flux.defer(() -> streamed(system, SummaryPrompt.combine(document.title(), notes), ids, language));
        return Flux.concat(Flux.just(new SummaryEvent.Started(model(), parts)), map, reduce);
    }

    private Flux<String> stream(String system, String user) {
        return client
                .prompt()
                .system(system)
                .user(user)
                .options(ChatOptions.builder().model(properties.model()).temperature(properties.temperature()))
                .stream()
                .content()
                .timeout(properties.timeout());
    }

    private Mono<String> complete(String system, String user) {
        return stream(system, user)
                .collect(StringBuilder::new, StringBuilder::append)
                .map(StringBuilder::toString);
    }

    private Flux<SummaryEvent> streamed(String system, String user, Set<String> ids, AppLanguage language) {
        return Flux.defer(() -> {
            StringBuilder answer = new StringBuilder();
            Flux<SummaryEvent> partials = stream(system, user)
                    .map(delta -> new SummaryEvent.Partial(answer.append(delta).toString()));
            Mono<SummaryEvent> finished = Mono.fromCallable(() -> new SummaryEvent.Finished(
                    SummaryParser.parse(answer.toString(), ids, true, model(), language.tag(), clock.instant())));
            return Flux.concat(partials, finished);
        });
    }
}
