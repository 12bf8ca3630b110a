package kr.seoul.smartcity.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload's size limit holds on the server, not only in the browser's upload component: a request made around the
 * component (a script posting straight to the upload's address) with a file past the limit is refused before the
 * file is read, while a file within it goes through.
 */
class UploadLimitIT extends BrowserTest {

    /** Posts a file of the given size straight to the upload component's address; resolves with the HTTP status. */
    private static final String POST = """
            const done = arguments[arguments.length - 1];
            const upload = document.querySelector(arguments[0]);
            const data = new FormData();
            data.append('file', new Blob([new Uint8Array(arguments[1]).fill(65)], {type: 'text/csv'}), 'values.csv');
            fetch(upload.target, {method: 'POST', body: data, credentials: 'same-origin'})
                .then(response => done(response.status), error => done('failed: ' + error));
            """;

    @Test
    void aFilePastTheLimitIsRefusedByTheServerEvenWithoutTheComponent() {
        Browser official = browser();
        official.signIn("climate", "climate");
        official.open("/manage");
        official.find("#csv-upload");

        Object small = official.jsAsync(POST, "#csv-upload", 200);
        Object big = official.jsAsync(POST, "#csv-upload", 3 * 1024 * 1024);

        assertThat(small).as("a file within the limit reaches the application").isEqualTo(200L);
        assertThat(big)
                .as("a file past the limit never does")
                .isNotEqualTo(200L)
                .isNotInstanceOf(String.class);
    }
}
