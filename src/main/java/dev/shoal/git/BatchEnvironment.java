package dev.shoal.git;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment that keeps git (and the ssh and credential helpers it starts) from ever waiting for
 * an answer: in a parallel run nobody could type it. They fail instead, and say why.
 */
public final class BatchEnvironment {
    private BatchEnvironment() {
    }

    public static Map<String, String> of(Map<String, String> env) {
        Map<String, String> batch = new HashMap<>(env);
        batch.put("GIT_TERMINAL_PROMPT", "0");
        // A helper that fails at once, in place of any that would open a prompt or a window.
        batch.put("GIT_ASKPASS", "false");
        batch.put("SSH_ASKPASS", "false");
        batch.put("SSH_ASKPASS_REQUIRE", "force");
        batch.put("GCM_INTERACTIVE", "never");
        return batch;
    }

    /**
     * Adds ssh's BatchMode, unless the user chose their own ssh command (GIT_SSH_COMMAND, GIT_SSH or
     * core.sshCommand), which must not be overridden.
     */
    public static Map<String, String> withBatchSsh(Map<String, String> env, boolean sshCommandConfigured) {
        if (sshCommandConfigured || env.containsKey("GIT_SSH_COMMAND") || env.containsKey("GIT_SSH")) {
            return env;
        }
        Map<String, String> batch = new HashMap<>(env);
        batch.put("GIT_SSH_COMMAND", "ssh -o BatchMode=yes");
        return batch;
    }
}
