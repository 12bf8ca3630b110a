package kr.seoul.smartcity.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeflatedResendCopiesTest {

    private static final String FIRST_RENDER = "{\"syncId\":1,\"changes\":["
            + "{\"node\":3,\"type\":\"put\",\"key\":\"text\",\"value\":\"초미세먼지(PM2.5) 강남구 24 µg/m³ 보통\"},".repeat(400)
            + "{}]}";

    @Test
    void aLargeAnswerIsKeptDeflatedAndComesBackWhole() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(FIRST_RENDER);

        DeflatedResendCopies.Handler.keepDeflated(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEmpty();
        DeflatedResendCopies.DeflatedAnswer kept = ComponentUtil.getData(ui, DeflatedResendCopies.DeflatedAnswer.class);
        assertThat(kept.bytes().length).as("deflated size").isLessThan(FIRST_RENDER.length() / 10);

        DeflatedResendCopies.Handler.restore(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(FIRST_RENDER);
    }

    @Test
    void aSmallAnswerIsKeptAsVaadinKeepsIt() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse("{\"syncId\":2,\"changes\":[]}");

        DeflatedResendCopies.Handler.keepDeflated(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("{\"syncId\":2,\"changes\":[]}");
        assertThat(ComponentUtil.getData(ui, DeflatedResendCopies.DeflatedAnswer.class))
                .isNull();
    }

    @Test
    void onlyTheLastProcessedMessageIdIsAResend() {
        UI ui = new UI();
        ui.getInternals().setLastProcessedClientToServerId(4, new byte[0]);

        assertThat(DeflatedResendCopies.Handler.isResend(ui, "{\"rpc\":[],\"syncId\":7,\"clientId\":4}"))
                .isTrue();
        assertThat(DeflatedResendCopies.Handler.isResend(ui, "{\"rpc\":[],\"syncId\":7,\"clientId\":5}"))
                .isFalse();
        assertThat(DeflatedResendCopies.Handler.isResend(
                        ui, "{\"rpc\":[{\"value\":\"\\\"clientId\\\":4\"}],\"clientId\":5}"))
                .as("typed text is not the id")
                .isFalse();
        assertThat(DeflatedResendCopies.Handler.isResend(ui, "{\"rpc\":[]}"))
                .as("no id: restored to be safe")
                .isTrue();
    }
}
