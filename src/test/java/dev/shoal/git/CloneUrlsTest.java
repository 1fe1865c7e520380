package dev.shoal.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The folder names git gives clones, by git's own rule. */
class CloneUrlsTest {
    @Test
    void takesTheLastPartWithoutDotGit() {
        assertEquals("my.lib", CloneUrls.folderName("https://example.com/me/my.lib.git", false));
        assertEquals("my.lib.git", CloneUrls.folderName("https://example.com/me/my.lib.git", true));
        assertEquals("tools", CloneUrls.folderName("git@example.com:me/tools", false));
        assertEquals("tools", CloneUrls.folderName("example.com:tools.git", false));
        assertEquals("repo", CloneUrls.folderName("/srv/repo/.git/", false));
        assertEquals("repo", CloneUrls.folderName("file:///srv/repo.git/", false));
        assertEquals("x", CloneUrls.folderName("../x.bundle", false));
    }
}
