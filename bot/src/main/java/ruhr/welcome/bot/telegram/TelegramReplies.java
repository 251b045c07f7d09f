package ruhr.welcome.bot.telegram;

import java.util.ArrayList;
import java.util.List;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import ruhr.welcome.bot.conversation.Reply;

/** A channel-neutral reply as Telegram messages: HTML, split at the limit, buttons under the last part. */
final class TelegramReplies {

    private TelegramReplies() {
    }

    static List<SendMessage> toMessages(String chatId, Reply reply) {
        List<String> parts = TelegramHtml.render(reply.body());
        var messages = new ArrayList<SendMessage>();
        for (int i = 0; i < parts.size(); i++) {
            var message = SendMessage.builder().chatId(chatId).text(parts.get(i)).parseMode("HTML")
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
            if (i == parts.size() - 1 && !reply.buttons().isEmpty()) {
                message.replyMarkup(keyboard(reply));
            }
            messages.add(message.build());
        }
        return messages;
    }

    /**
     * The reply as the new content of one of our messages ({@code messageId} null: filled in when
     * sent). Replacements are short notices; a longer one keeps its first part. Telegram drops the
     * message's buttons unless the edit names some.
     */
    static EditMessageText toEdit(String chatId, Integer messageId, Reply reply) {
        var edit = EditMessageText.builder().chatId(chatId).messageId(messageId)
                .text(TelegramHtml.render(reply.body()).getFirst()).parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (!reply.buttons().isEmpty()) {
            edit.replyMarkup(keyboard(reply));
        }
        return edit.build();
    }

    private static InlineKeyboardMarkup keyboard(Reply reply) {
        var rows = reply.buttons().stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
                        .toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
