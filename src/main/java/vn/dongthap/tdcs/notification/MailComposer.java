package vn.dongthap.tdcs.notification;

import java.time.Duration;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders a mail from the template files of its kind: {kind}.subject.txt, {kind}.txt and {kind}.html
 * under app.notification.templates, so the wording can change without recompiling.
 */
@Component
class MailComposer {

    record Rendered(String subject, String text, String html) {
    }

    private final TemplateEngine text;
    private final TemplateEngine html;

    MailComposer(NotificationProperties properties, ApplicationContext context) {
        this.text = engine(properties.templates(), TemplateMode.TEXT, properties.templateCache(), context);
        this.html = engine(properties.templates(), TemplateMode.HTML, properties.templateCache(), context);
    }

    Rendered render(String kind, Map<String, Object> model) {
        Context context = new Context(java.util.Locale.forLanguageTag("vi"), model);
        return new Rendered(text.process(kind + ".subject.txt", context).strip(), text.process(kind + ".txt", context),
                html.process(kind + ".html", context));
    }

    private static TemplateEngine engine(String location, TemplateMode mode, Duration cache, ApplicationContext context) {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setApplicationContext(context);
        resolver.setPrefix(location.endsWith("/") ? location : location + "/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        // Parsed once per period, not per mail: an opening renders thousands of mails from the same few templates.
        resolver.setCacheable(!cache.isZero());
        resolver.setCacheTTLMs(cache.toMillis());
        // Spring's engine evaluates expressions with SpEL (the plain engine would need OGNL).
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
