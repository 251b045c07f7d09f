package ruhr.welcome.bot.guide;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ruhr.welcome.bot.support.Digests;

/**
 * One-time invitations for new guides: a coordinator creates one, the guide opens it as a Telegram
 * deep link ({@code /start guide-TOKEN}) and the bot links their account. Only the token's hash is
 * stored, so the table cannot be used to join as someone else.
 */
@Service
public class GuideInvites {

    public static final String START_PREFIX = "guide-";

    /** A new invitation; the token is shown once and never stored. */
    public record Invite(String token, Instant expiresAt) {
        public String startPayload() {
            return START_PREFIX + token;
        }
    }

    /** Why an invitation could not be used. */
    public enum Refusal { UNKNOWN, USED, EXPIRED, ALREADY_A_GUIDE }

    /** The outcome of redeeming: the guide, or why not. */
    public record Redeemed(Guide guide, Refusal refusal) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final GuideRepository guides;

    GuideInvites(JdbcTemplate jdbc, GuideRepository guides) {
        this.jdbc = jdbc;
        this.guides = guides;
    }

    @Transactional
    public Invite create(String createdBy, Duration validFor) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = Instant.now().plus(validFor);
        jdbc.update("insert into guide_invite (token_hash, created_by, expires_at) values (?, ?, ?)",
                hash(token), createdBy, java.sql.Timestamp.from(expires));
        return new Invite(token, expires);
    }

    /** Links the Telegram account to a new guide, once per invitation. */
    @Transactional
    public Redeemed redeem(String token, long telegramUserId) {
        if (guides.findByTelegramUserId(telegramUserId).isPresent()) {
            return new Redeemed(null, Refusal.ALREADY_A_GUIDE);
        }
        var rows = jdbc.queryForList("select id, used_at, expires_at from guide_invite where token_hash = ? for update",
                hash(token));
        if (rows.isEmpty()) {
            return new Redeemed(null, Refusal.UNKNOWN);
        }
        var invite = rows.getFirst();
        if (invite.get("used_at") != null) {
            return new Redeemed(null, Refusal.USED);
        }
        if (((java.sql.Timestamp) invite.get("expires_at")).toInstant().isBefore(Instant.now())) {
            return new Redeemed(null, Refusal.EXPIRED);
        }
        Guide guide = guides.save(new Guide(telegramUserId));
        jdbc.update("update guide_invite set used_at = now(), guide_id = ? where id = ?", guide.getId(), invite.get("id"));
        return new Redeemed(guide, null);
    }

    static String hash(String token) {
        return Digests.sha256Hex(token);
    }
}
