package vn.dongthap.tdcs.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.dongthap.tdcs.platform.AppClock;
import vn.dongthap.tdcs.platform.TransactionMemo;

/**
 * Queues mails in the outbox, inside the caller's transaction; OutboxDelivery sends them in batches once the
 * transaction has committed (retries, then status HET_LUOT for an operator when they run out).
 */
@Service
public class Notifications {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private static final TransactionMemo.Kind<String, List<Recipient>> MEMBERS = new TransactionMemo.Kind<>("notification.members");
    private static final TransactionMemo.Kind<String, String> GROUP_NAMES = new TransactionMemo.Kind<>("notification.group-names");

    private final Outbox outbox;
    private final MailComposer composer;
    private final TransactionMemo memo;
    private final JdbcClient jdbc;
    private final IdentityService identityService;
    private final NotificationProperties properties;
    private final AppClock clock;

    Notifications(Outbox outbox, MailComposer composer, @Lazy IdentityService identityService, NotificationProperties properties,
                  AppClock clock, TransactionMemo memo, JdbcClient jdbc) {
        this.clock = clock;
        this.memo = memo;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.composer = composer;
        this.identityService = identityService;
        this.properties = properties;
    }

    /** A person to write to. */
    public record Recipient(String userId, String name, String email) {
    }

    /** The members of a Camunda group, with their addresses (users without one are reported). */
    public List<Recipient> membersOf(String groupId) {
        return memo.get(MEMBERS, groupId, () -> Optional.of(WithoutAuthorization.run(() -> {
            List<Recipient> recipients = new ArrayList<>();
            for (User user : identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()) {
                recipients.add(recipient(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail()));
            }
            return List.copyOf(recipients);
        }))).orElseThrow();
    }

    /**
     * Reads the members and names of these groups in two queries, for the notices of the tasks the caller's
     * transaction is about to create (an opening chunk: one officers' group per unit); outside a transaction, nothing.
     * The engine's user query takes one group at a time, so the members come from its identity tables directly.
     */
    public void preloadGroups(Collection<String> groupIds) {
        memo.putAll(MEMBERS, groupIds, ids -> {
            Map<String, List<Recipient>> members = new HashMap<>();
            ids.forEach(id -> members.put(id, new ArrayList<>()));
            jdbc.sql("select m.GROUP_ID_, u.ID_, u.FIRST_, u.LAST_, u.EMAIL_ from ACT_ID_MEMBERSHIP m"
                            + " join ACT_ID_USER u on u.ID_ = m.USER_ID_ where m.GROUP_ID_ in (:ids) order by u.ID_")
                    .param("ids", ids)
                    .query((row, n) -> Map.entry(row.getString(1), recipient(row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5))))
                    .list().forEach(member -> members.get(member.getKey()).add(member.getValue()));
            members.replaceAll((id, list) -> List.copyOf(list));
            return members;
        });
        memo.putAll(GROUP_NAMES, groupIds, this::loadGroupNames);
    }

    private static Recipient recipient(String userId, String firstName, String lastName, String email) {
        return new Recipient(userId, (nullToEmpty(firstName) + " " + nullToEmpty(lastName)).trim(), email);
    }

    /**
     * Queues one mail. The key says who gets it for what reason and occurrence; a second call with the
     * same key does nothing. A missing or malformed address is stored as an error, never dropped.
     */
    public void send(String kind, String key, Recipient recipient, Map<String, Object> model, Long attachRoundId) {
        Map<String, Object> values = new LinkedHashMap<>(model);
        values.put("recipientName", recipient.name());
        values.put("baseUrl", properties.publicBaseUrl());
        MailComposer.Rendered mail;
        String templateError = null;
        try {
            mail = composer.render(kind, values);
        } catch (RuntimeException e) {
            // A broken template must not fail the officer's click; the mail is kept as an error to fix and resend.
            log.error("Không dựng được thư {} từ mẫu {}", key, kind, e);
            templateError = "Lỗi mẫu thư \"" + kind + "\": " + e.getMessage();
            mail = new MailComposer.Rendered("(lỗi mẫu thư " + kind + ")", "", "");
        }
        MailComposer.Rendered rendered = mail;
        String error = templateError;
        String address = recipient.email() == null ? "" : recipient.email().trim();
        WithoutAuthorization.run(() -> {
            outbox.add(key, kind, address.isEmpty() ? "(chưa có địa chỉ: " + recipient.userId() + ")" : address,
                    rendered.subject(), rendered.html(), rendered.text(), attachRoundId, clock.now())
                    .ifPresent(id -> {
                        if (error != null) {
                            outbox.mark(id, Outbox.Status.LOI, error.length() > 2000 ? error.substring(0, 2000) : error);
                        } else if (!EMAIL.matcher(address).matches()) {
                            outbox.mark(id, Outbox.Status.LOI, "Địa chỉ thư không hợp lệ hoặc chưa có: \"" + address
                                    + "\" (người dùng " + recipient.userId() + ").");
                            log.warn("Không gửi được thư {}: địa chỉ \"{}\" của {} không hợp lệ", key, address, recipient.userId());
                        }
                    });
            return null;
        });
    }

    /** The groups' names, in the given order; a group without a name (never expected) reads "nhóm xử lý". */
    public List<String> groupNames(Collection<String> groupIds) {
        memo.putAll(GROUP_NAMES, groupIds, this::loadGroupNames);
        return groupIds.stream().map(id -> memo.get(GROUP_NAMES, id,
                        () -> Optional.ofNullable(loadGroupNames(List.of(id)).get(id))))
                .map(name -> name.filter(text -> !text.isBlank()).orElse("nhóm xử lý")).toList();
    }

    private Map<String, String> loadGroupNames(Collection<String> groupIds) {
        return WithoutAuthorization.run(() -> {
            Map<String, String> names = new HashMap<>();
            for (Group group : identityService.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()) {
                names.put(group.getId(), group.getName());
            }
            return names;
        });
    }

    /** Link to Tasklist itself. */
    public String tasklistLink() {
        return properties.publicBaseUrl() + "/camunda/app/tasklist/";
    }

    /** Link that opens the task in Tasklist. */
    public String taskLink(String taskId) {
        return properties.publicBaseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
