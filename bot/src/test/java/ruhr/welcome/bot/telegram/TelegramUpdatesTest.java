package ruhr.welcome.bot.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import ruhr.welcome.bot.conversation.Inbound;
import ruhr.welcome.bot.telegram.FakeBotApi.Updates;
import ruhr.welcome.bot.telegram.TelegramUpdates.Routed;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramUpdatesTest {

    @Test
    void textWithTheClientsLanguage() {
        var routed = (Routed.Conversation) route(Updates.text(77, "tr", "mavi kart"));

        assertThat(routed.message().content()).isEqualTo(new Inbound.Text("mavi kart"));
        assertThat(routed.message().clientLanguage()).isEqualTo("tr");
        assertThat(routed.message().chat().externalId()).isEqualTo("77");
    }

    @Test
    void commandsWithPayloadAndBotName() {
        assertThat(content(Updates.text(77, null, "/start lang-de_city-essen")))
                .isEqualTo(new Inbound.Command("start", "lang-de_city-essen"));
        assertThat(content(Updates.text(77, null, "/Help@welcome_ruhr_bot"))).isEqualTo(new Inbound.Command("help", null));
    }

    @Test
    void buttonsStickersAndEdits() {
        var button = (Routed.Conversation) route(Updates.callback(77, "fb:12:u"));
        assertThat(button.message().content()).isEqualTo(new Inbound.Button("fb:12:u"));
        assertThat(button.callbackId()).isNotBlank();

        assertThat(content(Updates.sticker(77))).isEqualTo(new Inbound.Unsupported("sticker"));
        assertThat(content(Updates.edited(77, "new text"))).isEqualTo(new Inbound.Edited("new text", false));
        assertThat(content(Updates.editedCaption(77, 5, "new caption"))).isEqualTo(new Inbound.Edited("new caption", true));
    }

    @Test
    void groupsGetAPointerOnlyWhenTheyCommandTheBot() {
        assertThat(route(Updates.groupText(-100, "hello everyone"))).isInstanceOf(Routed.Ignore.class);
        assertThat(route(Updates.groupText(-100, "/start@welcome_ruhr_bot"))).isEqualTo(new Routed.NotPrivate(-100));
    }

    private static Inbound content(ObjectNode update) {
        return ((Routed.Conversation) route(update)).message().content();
    }

    private static Routed route(ObjectNode json) {
        return TelegramUpdates.route(FakeBotApi.JSON.convertValue(json, Update.class));
    }
}
