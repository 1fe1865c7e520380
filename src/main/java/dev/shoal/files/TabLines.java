package dev.shoal.files;

/**
 * The lines of the files a start reads without YAML: those the build writes (cli/SpecFile's,
 * config/ShippedCommands') and the registry's snapshot (registry/RegistrySnapshot): a line per fact, its
 * fields apart by tabs, a backslash, a tab and a line break in a field written
 * {@code \\}, {@code \t} and {@code \n}, so that any text fits in a field.
 */
public final class TabLines {
    private TabLines() {
    }

    /** One line (without its line break) of these fields. */
    public static String line(String... fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (!line.isEmpty()) {
                line.append('\t');
            }
            line.append(field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        return line.toString();
    }

    /** The fields of one line, as they were given to {@link #line}. */
    public static String[] fields(String line) {
        String[] fields = line.split("\t", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = plain(fields[i]);
        }
        return fields;
    }

    private static String plain(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                plain.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
