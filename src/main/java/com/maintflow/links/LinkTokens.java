package com.maintflow.links;

import com.maintflow.links.LinkRejectedException.Reason;
import com.maintflow.system.Actors;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Mints and verifies link tokens: {@code base64url(claims).base64url(HMAC-SHA256(claims))}, the claims being a
 * random id, the ticket, the action and the expiry. The token itself is the customer's capability, so it is never
 * logged. Time is the engine clock, so tests move it with {@code ClockUtil} instead of sleeping.
 */
@Component
class LinkTokens {

    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final LinkSettings settings;
    private final Actors actors;
    private final SecureRandom random = new SecureRandom();

    LinkTokens(LinkSettings settings, Actors actors) {
        this.key = new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.settings = settings;
        this.actors = actors;
    }

    String issue(String ticket, LinkAction action) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        Instant expiresAt = actors.now().plus(settings.validity());
        String claims = String.join("|", VERSION, ENCODER.encodeToString(id), ticket, action.name(),
                Long.toString(expiresAt.getEpochSecond()));
        byte[] claimBytes = claims.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(claimBytes) + "." + ENCODER.encodeToString(sign(claimBytes));
    }

    /** The token's claims, or {@link LinkRejectedException} when it was not signed by us or has expired. */
    LinkToken verify(String token) {
        LinkToken claims = signedClaims(token);
        if (actors.now().isAfter(claims.expiresAt())) {
            throw new LinkRejectedException(Reason.EXPIRED, "Link for " + claims.ticket() + " expired at "
                    + claims.expiresAt());
        }
        return claims;
    }

    private LinkToken signedClaims(String token) {
        try {
            String[] parts = token.split("\\.", -1);
            if (parts.length != 2) {
                throw tampered();
            }
            byte[] claimBytes = DECODER.decode(parts[0]);
            // Constant-time comparison, so response timing does not reveal how much of a forged MAC matched.
            if (!MessageDigest.isEqual(sign(claimBytes), DECODER.decode(parts[1]))) {
                throw tampered();
            }
            String[] claims = new String(claimBytes, StandardCharsets.UTF_8).split("\\|", -1);
            if (claims.length != 5 || !VERSION.equals(claims[0])) {
                throw tampered();
            }
            return new LinkToken(claims[1], claims[2], LinkAction.valueOf(claims[3]),
                    Instant.ofEpochSecond(Long.parseLong(claims[4])));
        } catch (IllegalArgumentException malformed) {
            throw tampered();
        }
    }

    private byte[] sign(byte[] claims) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(claims);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static LinkRejectedException tampered() {
        return new LinkRejectedException(Reason.TAMPERED, "Link token is malformed or its signature does not match");
    }
}
