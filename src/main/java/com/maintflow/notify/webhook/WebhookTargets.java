package com.maintflow.notify.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The SSRF guard: a webhook may only go to an http(s) URL whose host resolves to public addresses only, unless the
 * host is named in {@code maintflow.webhooks.private-hosts-allowed}. Checked when a subscription is made and again
 * before every delivery (DNS may have changed since). Redirects are never followed.
 */
@Component
class WebhookTargets {

    private final WebhookSettings settings;

    WebhookTargets(WebhookSettings settings) {
        this.settings = settings;
    }

    /** Why {@code url} may not receive webhooks; empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("must be http or https");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of("must name a host and no credentials");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (settings.privateHostsAllowed().contains(host)) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isPrivate(address)) {
                    return Optional.of("resolves to a private, loopback or link-local address ("
                            + address.getHostAddress() + ")");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("has a host name that does not resolve");
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        // 100.64.0.0/10: carrier-grade NAT, often the cloud provider's own network.
        boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }
}
