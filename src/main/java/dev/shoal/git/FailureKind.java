package dev.shoal.git;

import java.util.List;
import java.util.Locale;

/**
 * Why a git command failed, told from what it printed on stderr: the cases the runner treats apart
 * from any other failure.
 */
public enum FailureKind {
    /** It needed a password, passphrase or host-key answer, and was not allowed to ask. */
    CREDENTIALS(List.of("terminal prompts disabled", "could not read username", "could not read password",
            "permission denied (publickey", "permission denied, please try again", "host key verification failed",
            "authentication failed for", "invalid username or password")),
    /** The host dropped the connection, as an OpenSSH server does past its MaxStartups, or said "slow down". */
    DROPPED_CONNECTION(List.of("kex_exchange_identification", "ssh_exchange_identification", "connection closed by",
            "connection reset", "returned error: 429")),
    /** A network failure that may well pass: worth {@code --retry}. */
    TRANSIENT(List.of("could not resolve host", "temporary failure in name resolution", "timed out",
            "early eof", "the remote end hung up unexpectedly", "rpc failed", "connection refused",
            "returned error: 500", "returned error: 502", "returned error: 503", "returned error: 504",
            "network is unreachable", "unexpected disconnect", "gnutls recv error", "ssl_read")),
    /** Anything else: a real answer, not worth asking again. */
    OTHER(List.of());

    private final List<String> signs;

    FailureKind(List<String> signs) {
        this.signs = signs;
    }

    /** The first kind, in declaration order, whose signs appear in {@code stderr}. */
    public static FailureKind of(String stderr) {
        String text = stderr.toLowerCase(Locale.ROOT);
        for (FailureKind kind : values()) {
            if (kind.signs.stream().anyMatch(text::contains)) {
                return kind;
            }
        }
        return OTHER;
    }
}
