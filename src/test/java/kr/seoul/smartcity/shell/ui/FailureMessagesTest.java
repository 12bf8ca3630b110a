package kr.seoul.smartcity.shell.ui;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureMessagesTest {

    @Test
    void anUnreachableDatabaseSaysNothingWasSavedAndToTryAgain() {
        assertThat(FailureMessages.messageKey(
                        new DataAccessResourceFailureException("Failed to obtain R2DBC Connection")))
                .isEqualTo("error.unavailable");
        assertThat(FailureMessages.messageKey(new IllegalStateException(
                        "wrapped", new RuntimeException(new ConnectException("Connection refused")))))
                .isEqualTo("error.unavailable");
    }

    @Test
    void anythingElseIsAnUnexpectedFailureWithAReference() {
        assertThat(FailureMessages.messageKey(new NullPointerException())).isEqualTo("error.unexpected");
    }
}
