package ruhr.welcome.bot.handoff;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ruhr.welcome.bot.conversation.Channel;
import ruhr.welcome.bot.conversation.ChatRef;
import ruhr.welcome.bot.conversation.ConversationEngine;
import ruhr.welcome.bot.conversation.Inbound;
import ruhr.welcome.bot.conversation.IncomingMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chats with guides are kept only for the transcript period (here set to 20 days), and /forget
 * deletes an open chat at once; on the real database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "welcome.transcripts.retention=20d")
class HandoffTranscriptsTest {

    @Autowired
    HandoffDesk desk;
    @Autowired
    HandoffTranscripts transcripts;
    @Autowired
    ConversationEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private long conversation(String key) {
        return jdbc.queryForObject("""
                insert into conversation (channel, external_id, pseudonym, state, lang, asker_ref)
                values ('WEB', ?, 5000, 'ACTIVE', 'uk', ?) returning id""", Long.class, key, key + "-asker");
    }

    private long guide() {
        return jdbc.queryForObject("insert into guide (display_name, languages, setup_step) values ('Olena', '{uk}', 'READY') returning id",
                Long.class);
    }

    /** A complete chat with a guide: note, pickup, close by the guide, rating with a comment. */
    private long chat(long conversation, long guide, String note) {
        long id = tx.execute(s -> {
            Handoff h = desk.request(conversation, "uk", "essen", null, null);
            desk.consent(h, true);
            desk.note(h, note);
            return h.getId();
        });
        desk.accept(id, guide, "Olena");
        tx.executeWithoutResult(s -> desk.close(desk.find(id).orElseThrow(), Handoff.ClosedBy.GUIDE));
        tx.executeWithoutResult(s -> {
            Handoff h = desk.find(id).orElseThrow();
            desk.rate(h, 5);
            desk.ratingComment(h, "Olena helped me with my landlord, thank you");
        });
        return id;
    }

    private void line(String chat, String html, int daysAgo) {
        jdbc.update("insert into webchat_message (chat_key, author, html, created_at) values (?, 'newcomer', ?, now() - ? * interval '1 day')",
                chat, html, daysAgo);
    }

    /** Moves the chat, and what the bot told the newcomer during it, back in time. */
    private void happened(long handoff, String chat, int startedDaysAgo, int closedDaysAgo) {
        jdbc.update("update handoff set created_at = now() - ? * interval '1 day', closed_at = now() - ? * interval '1 day' where id = ?",
                startedDaysAgo, closedDaysAgo, handoff);
        jdbc.update("update webchat_message set created_at = now() - ? * interval '1 day' where chat_key = ?", closedDaysAgo + 1, chat);
    }

    @Test
    void aChatClosedLongerThanTheRetentionLosesItsWordsAndKeepsItsFigures() {
        long guide = guide();
        long old = chat(conversation("transcript-old"), guide, "My landlord keeps my deposit");
        long recent = chat(conversation("transcript-recent"), guide, "Where is the Ausländerbehörde?");
        happened(old, "transcript-old", 30, 25);
        happened(recent, "transcript-recent", 12, 10);
        assertThat(jdbc.queryForObject("select count(*) from webchat_message where chat_key = 'transcript-old'", Integer.class))
                .as("the bot's notices to the newcomer during the chat").isPositive();
        line("transcript-old", "<p>how do I register?</p>", 40);
        line("transcript-old", "<p>my landlord keeps my deposit</p>", 28);
        line("transcript-old", "<p>Olena: write to him first</p>", 26);
        line("transcript-old", "<p>where is the library?</p>", 5);
        line("transcript-recent", "<p>where is the Ausländerbehörde?</p>", 11);

        assertThat(transcripts.deleteExpiredBatch()).isEqualTo(1);

        var kept = jdbc.queryForMap("select note, rating_comment, rating, transcript_deleted_at from handoff where id = ?", old);
        assertThat(kept.get("note")).isNull();
        assertThat(kept.get("rating_comment")).isNull();
        assertThat(((Number) kept.get("rating")).intValue()).isEqualTo(5);
        assertThat(kept.get("transcript_deleted_at")).isNotNull();
        assertThat(jdbc.queryForList("select html from webchat_message where chat_key = 'transcript-old' order by id", String.class))
                .containsExactly("<p>how do I register?</p>", "<p>where is the library?</p>");
        assertThat(jdbc.queryForObject("select rating from handoff_figure where handoff_id = ?", Integer.class, old)).isEqualTo(5);

        assertThat(jdbc.queryForObject("select note from handoff where id = ?", String.class, recent)).isEqualTo("Where is the Ausländerbehörde?");
        assertThat(jdbc.queryForList("select html from webchat_message where chat_key = 'transcript-recent'", String.class))
                .contains("<p>where is the Ausländerbehörde?</p>").hasSizeGreaterThan(1);
        assertThat(transcripts.deleteExpiredBatch()).isZero();
    }

    @Test
    void forgetDeletesAnOpenChatWithItsNoteRemindersAndTranscriptAtOnce() {
        long guide = guide();
        String chat = "transcript-forget";
        long conversation = conversation(chat);
        long id = tx.execute(s -> {
            Handoff h = desk.request(conversation, "uk", null, null, null);
            desk.consent(h, true);
            desk.note(h, "I am afraid of my debts");
            return h.getId();
        });
        desk.accept(id, guide, "Olena");
        assertThat(jdbc.queryForList("select area from referral_reminder where handoff_id = ?", String.class, id))
                .as("the note about debts reminded the guide").containsExactly("debt");
        line(chat, "<p>I am afraid of my debts</p>", 0);

        engine.handle(new IncomingMessage(new ChatRef(Channel.WEB, chat), "uk", new Inbound.Command("forget", null)));
        engine.handle(new IncomingMessage(new ChatRef(Channel.WEB, chat), "uk", new Inbound.Button("f:y")));

        assertThat(jdbc.queryForObject("select count(*) from conversation where id = ?", Integer.class, conversation)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from handoff where id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from referral_reminder where handoff_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from webchat_message where chat_key = ?", Integer.class, chat)).isZero();
        // what stays is the anonymous shape for the figures: no note, no conversation, no guide
        assertThat(jdbc.queryForList("select lang || ' ' || closed_by from handoff_figure where handoff_id = ?", String.class, id))
                .isEqualTo(List.of("uk NEWCOMER"));
    }

    @Test
    void theRetentionMustBeAPositiveDuration() {
        assertThatThrownBy(() -> new TranscriptProperties(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TranscriptProperties(Duration.ofDays(30)).retention()).isEqualTo(Duration.ofDays(30));
    }
}
