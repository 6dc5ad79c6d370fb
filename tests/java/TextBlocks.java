// Text blocks: indentation stripping, trailing-space handling, escapes (\s, \<newline>),
// quotes inside, and formatted().
public class TextBlocks {
    public static void main(String[] args) {
        String json = """
            {
              "name": "jvmlab",
              "version": 17,
              "tags": ["vm", "gc"]
            }
            """;
        System.out.print(json);
        System.out.println("lines=" + json.lines().count() + " endsWithNewline=" + json.endsWith("\n"));
        String noTrail = """
            one
            two""";
        System.out.println("[" + noTrail + "]");
        String joined = """
            a very long \
            line joined""";
        System.out.println(joined);
        String spaces = """
            keep\s\s
            x   \s
            """;
        System.out.println(spaces.replace(' ', '.').replace("\n", "$"));
        String quotes = """
            She said "hi" and \"""triple\""" quotes""";
        System.out.println(quotes);
        String indented = """
                deeper
              shallow
            base
            """;
        System.out.print(indented.replace(' ', '_'));
        String html = """
            <p>%s</p>
            <p>%d</p>
            """.formatted("para", 42);
        System.out.print(html);
        String tabs = """
            a\tb
            c\\d
            """;
        System.out.print(tabs);
        System.out.println("""
            closing delimiter
               indents less""".equals("closing delimiter\n   indents less"));
        String empty = """
            """;
        System.out.println("empty text block length " + empty.length());
    }
}
