package vn.dongthap.tdcs.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;

/** Templates read from a folder of the operator's (file:), parsed once per app.notification.template-cache. */
class MailComposerTest {

    @TempDir
    Path folder;

    @Test
    void anEditedTemplateAppliesOnceTheCachePeriodHasPassed() throws Exception {
        write("Xin chào [(${name})]");
        MailComposer composer = composer(Duration.ofMillis(300));
        assertThat(composer.render("thu", Map.of("name", "Tân Hồng")).text()).isEqualTo("Xin chào Tân Hồng");

        write("Kính gửi [(${name})]");
        assertThat(composer.render("thu", Map.of("name", "Tân Hồng")).text())
                .as("within the period: the parsed template").isEqualTo("Xin chào Tân Hồng");
        Thread.sleep(400);
        assertThat(composer.render("thu", Map.of("name", "Tân Hồng")).text())
                .as("after the period: the edited file").isEqualTo("Kính gửi Tân Hồng");
    }

    @Test
    void withoutACacheEveryMailReadsTheFile() throws Exception {
        write("Xin chào [(${name})]");
        MailComposer composer = composer(Duration.ZERO);
        composer.render("thu", Map.of("name", "Tân Hồng"));
        write("Kính gửi [(${name})]");
        assertThat(composer.render("thu", Map.of("name", "Tân Hồng")).text()).isEqualTo("Kính gửi Tân Hồng");
    }

    private void write(String text) throws Exception {
        Files.writeString(folder.resolve("thu.subject.txt"), "Tiêu đề");
        Files.writeString(folder.resolve("thu.txt"), text);
        Files.writeString(folder.resolve("thu.html"), "<p th:text=\"${name}\"></p>");
    }

    private MailComposer composer(Duration cache) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        return new MailComposer(new NotificationProperties("a@b.example", "http://localhost", folder.toUri().toString(),
                List.of(), List.of(), List.of(), "0 30 7 * * ?", cache), context);
    }
}
