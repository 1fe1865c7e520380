package dev.shoal.git;

/** One object from a repo's object database: its type ({@code commit}, {@code tree}, {@code blob}, {@code tag}) and content. */
public record GitObject(String type, byte[] content) {
}
