package ruhr.welcome.bot.conversation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** /privacy promises deletion after the retention period: conversation, questions and web transcript. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ConversationRetentionTest {

    @Autowired
    ConversationEngine engine;
    @Autowired
    ConversationRetention retention;
    @Autowired
    ConversationRepository conversations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void quietConversationsAreDeletedWithEverythingAboutThemAndActiveOnesStay() {
        var quiet = new ChatRef(Channel.WEB, "retention-quiet");
        var active = new ChatRef(Channel.WEB, "retention-active");
        engine.handle(new IncomingMessage(quiet, "en", new Inbound.Text("Where do I get my tax ID?")));
        engine.handle(new IncomingMessage(active, "en", new Inbound.Text("Where do I get my tax ID?")));
        String quietAsker = conversations.findByChannelAndExternalId(Channel.WEB, quiet.externalId()).orElseThrow().getAskerRef();
        jdbc.update("insert into webchat_message (chat_key, author, html) values (?, 'newcomer', '<p>tax id</p>')", quiet.externalId());
        jdbc.update("insert into inbound_update (channel, update_id, chat_key, payload, processed_at) values ('WEB', 424242, ?, '{}', now())",
                quiet.externalId());
        jdbc.update("update conversation set last_activity_at = now() - interval '91 days' where external_id = ?", quiet.externalId());

        assertThat(retention.deleteExpiredBatch()).isEqualTo(1);

        assertThat(conversations.findByChannelAndExternalId(Channel.WEB, quiet.externalId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from question_log where asker = ?", Integer.class, quietAsker)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from webchat_message where chat_key = ?", Integer.class, quiet.externalId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from inbound_update where chat_key = ?", Integer.class, quiet.externalId())).isZero();
        assertThat(conversations.findByChannelAndExternalId(Channel.WEB, active.externalId())).isPresent();
        assertThat(retention.deleteExpiredBatch()).isZero();
    }
}
