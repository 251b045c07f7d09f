package ruhr.welcome.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import ruhr.welcome.knowledge.questions.Feedback;
import ruhr.welcome.knowledge.questions.QuestionLog;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine with the real FAQ, search, detection and database, without a channel. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ConversationEngineTest {

    @Autowired
    ConversationEngine engine;

    @Autowired
    ConversationRepository conversations;

    @Autowired
    QuestionLog questionLog;

    private final ChatRef chat = new ChatRef(Channel.WEB, UUID.randomUUID().toString());

    @Test
    void deepLinkPresetsLanguageAndCity() {
        var replies = send(new Inbound.Command("start", "lang-tr_city-dortmund"));

        assertThat(replies.getFirst().plainText()).contains("welcome.ruhr").contains("Dortmund");
        assertThat(replies.getFirst().lang()).isEqualTo("tr");
        var conversation = conversations.findByChannelAndExternalId(chat.channel(), chat.externalId()).orElseThrow();
        assertThat(conversation.getCity()).isEqualTo("dortmund");
        assertThat(conversation.getLang()).isEqualTo("tr");
    }

    @Test
    void answersInTheLanguageOfTheQuestion() {
        var expectations = Map.of(
                "Wie lange dauert die Blaue Karte?", new String[]{"de", "Blaue Karte"},
                "Mavi kart ne kadar sürer?", new String[]{"tr", "Mavi Kart"},
                "كم من الوقت تستغرق البطاقة الزرقاء؟", new String[]{"ar", "البطاقة الزرقاء"});
        expectations.forEach((question, expected) -> {
            var reply = send(new Inbound.Text(question)).getFirst();
            String shown = reply.plainText() + " " + reply.buttons().stream().flatMap(List::stream)
                    .map(Reply.Button::label).toList();

            assertThat(reply.lang()).as(question).isEqualTo(expected[0]);
            assertThat(shown).as(question).contains(expected[1]);
        });
    }

    @Test
    void forgetDeletesConversationAndQuestions() {
        send(new Inbound.Text("Wo bekomme ich meine Steuer-ID?"));
        var conversation = conversations.findByChannelAndExternalId(chat.channel(), chat.externalId()).orElseThrow();
        String asker = conversation.getAskerRef();
        assertThat(questionLog.byAsker(asker)).hasSize(1);

        var confirm = send(new Inbound.Command("forget", null));
        assertThat(confirm.getFirst().buttons().getFirst()).extracting(Reply.Button::data).containsExactly("f:y", "f:n");
        var done = send(new Inbound.Button("f:y"));

        assertThat(done.getFirst().plainText()).isNotBlank();
        assertThat(conversations.findByChannelAndExternalId(chat.channel(), chat.externalId())).isEmpty();
        assertThat(questionLog.byAsker(asker)).isEmpty();
    }

    @Test
    void forgedButtonsChangeNothing() {
        send(new Inbound.Text("Wo bekomme ich meine Steuer-ID?"));
        var conversation = conversations.findByChannelAndExternalId(chat.channel(), chat.externalId()).orElseThrow();
        long someoneElsesQuestion = questionLog.record(new ruhr.welcome.knowledge.questions.QuestionAsked("other", "web",
                "x", "de", 1, "de", null, "NONE", 0, List.of(), List.of()));

        for (String data : List.of("fb:" + someoneElsesQuestion + ":d", "e:" + someoneElsesQuestion + ":0",
                "zz:1", "'; drop table conversation; --", "l:xx", "c:atlantis", "tt:weather:all:0", "te:999999", "f:y")) {
            var replies = send(new Inbound.Button(data));
            assertThat(replies).as(data).hasSize(1);
            assertThat(replies.getFirst().buttons()).as(data).isNotEmpty();
        }
        assertThat(conversations.findByChannelAndExternalId(chat.channel(), chat.externalId())).isPresent();
        assertThat(questionLog.byAsker("other").getFirst().getFeedback()).isNull();
        assertThat(questionLog.byAsker(conversation.getAskerRef()).getFirst().getFeedback()).isNotEqualTo(Feedback.NOT_HELPFUL);
    }

    @Test
    void aGuideRequestIsRecordedOnceAndShowsInMyData() {
        send(new Inbound.Command("start", "lang-de"));

        var consent = send(new Inbound.Command("guide", null)).getFirst();
        var again = send(new Inbound.Button("g:0")).getFirst();
        var note = send(new Inbound.Button("hc:y")).getFirst();
        var searching = send(new Inbound.Text("Es geht um eine Wohnung")).getFirst();
        var position = send(new Inbound.Command("guide", null)).getFirst();
        var myData = send(new Inbound.Command("mydata", null)).getFirst();

        assertThat(consent.plainText()).contains("Welcome Guide").contains("Deutsch").contains("einverstanden");
        assertThat(again.plainText()).as("the same open request, asked again").isEqualTo(consent.plainText());
        assertThat(note.buttons().getFirst().getFirst().data()).isEqualTo("hn");
        assertThat(searching.plainText()).contains("Ich suche einen Welcome Guide");
        assertThat(position.plainText()).contains("Nummer 1");
        assertThat(myData.plainText()).contains("1 Mal einen Welcome Guide angefragt");
    }

    @Test
    void oneLikelyButUnsureEntryIsAskedAboutAndNoLeadsToAGuide() {
        send(new Inbound.Command("start", "lang-en"));

        var asked = send(new Inbound.Text("can my parents also move here now that I have a blue card?")).getFirst();
        var rows = asked.buttons();
        var declined = send(new Inbound.Button(rows.getLast().getFirst().data())).getFirst();

        assertThat(asked.plainText()).contains("Do you mean this question?");
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().getFirst().label()).containsIgnoringCase("family");
        assertThat(rows.getLast().getFirst().label()).isEqualTo("No, something else");
        assertThat(declined.buttons().getFirst().getFirst().data()).startsWith("g:");
    }

    @Test
    void theOfferedEntryTappedIsShownAndLoggedForTheEditors() {
        send(new Inbound.Command("start", "lang-en"));
        var asked = send(new Inbound.Text("can my parents also move here now that I have a blue card?")).getFirst();

        var shown = send(new Inbound.Button(asked.buttons().getFirst().getFirst().data())).getFirst();

        assertThat(shown.plainText()).contains(asked.buttons().getFirst().getFirst().label());
        var conversation = conversations.findByChannelAndExternalId(chat.channel(), chat.externalId()).orElseThrow();
        var logged = questionLog.byAsker(conversation.getAskerRef()).getLast();
        assertThat(logged.getChosenEntryKey()).isEqualTo(logged.getTopEntryKeys().getFirst());
    }

    @Test
    void aGreetingIsGreetedBackInItsLanguageAndNothingIsSearchedOrLogged() {
        var replies = engine.handle(new IncomingMessage(chat, "en", new Inbound.Text("Merhaba!")));
        var conversation = conversations.findByChannelAndExternalId(chat.channel(), chat.externalId()).orElseThrow();

        assertThat(replies).hasSize(1);
        assertThat(replies.getFirst().lang()).isEqualTo("tr");
        assertThat(replies.getFirst().plainText()).startsWith("Merhaba!");
        assertThat(replies.getFirst().buttons()).isNotEmpty();
        assertThat(questionLog.byAsker(conversation.getAskerRef())).isEmpty();
    }

    @Test
    void afterAnAnswerThanksAndNumbersKeepTheLanguageAndOfferNoEntries() {
        send(new Inbound.Text("Wie lange dauert die Blaue Karte?"));
        var conversation = conversations.findByChannelAndExternalId(chat.channel(), chat.externalId()).orElseThrow();

        var thanks = send(new Inbound.Text("merci")).getFirst();
        var number = send(new Inbound.Text("12")).getFirst();

        assertThat(thanks.lang()).isEqualTo("de");
        assertThat(thanks.plainText()).startsWith("Gern geschehen!");
        assertThat(number.plainText()).startsWith("Wie kann ich helfen?");
        assertThat(number.buttons().stream().flatMap(List::stream).map(Reply.Button::data))
                .noneMatch(data -> data.startsWith("e:"));
        assertThat(questionLog.byAsker(conversation.getAskerRef())).hasSize(1);
    }

    @Test
    void aMessageSuggestingDangerGetsTheEmergencyNumbersFirst() {
        send(new Inbound.Command("start", "lang-de"));

        var replies = send(new Inbound.Text("Mein Mann schlägt mich, wo bekomme ich Hilfe?"));

        assertThat(replies.getFirst().plainText()).contains("112").contains("110").contains("0800 111 0 111");
        assertThat(replies).hasSizeGreaterThan(1);
    }

    private List<Reply> send(Inbound content) {
        return engine.handle(new IncomingMessage(chat, "de", content));
    }
}
