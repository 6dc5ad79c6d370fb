// java.util.regex: numbered and named groups (group, start/end, groupCount), find loops,
// matches vs lookingAt vs find, replaceAll with $1 and ${name} backrefs and a replacer
// function, appendReplacement/appendTail, Matcher.quoteReplacement, backreferences \1 in
// the pattern, greedy vs reluctant vs possessive quantifiers, lookahead/lookbehind
// (positive and negative), alternation order, non-capturing and atomic groups, the
// results() stream, region(), hitEnd, and group errors (IllegalStateException,
// IndexOutOfBoundsException, IllegalArgumentException for an unknown group name).
import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

public class RegexGroups {
    public static void main(String[] args) {
        Pattern date = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})");
        Matcher m = date.matcher("from 2023-07-04 to 2024-12-25, not 99-1-1");
        while (m.find())
            System.out.println("found " + m.group() + " at " + m.start() + ".." + m.end() + " year " + m.group("year") + " month " + m.group(2) + " day start " + m.start("day") + " groupCount " + m.groupCount());
        System.out.println("named replace " + date.matcher("2023-07-04 and 1999-01-31").replaceAll("${day}/${month}/${year}") + " numbered " + "john smith".replaceAll("(\\w+) (\\w+)", "$2, $1"));
        System.out.println("replacer fn " + Pattern.compile("\\d+").matcher("a1b22c333").replaceAll(r -> "<" + r.group().length() + ">") + " replaceFirst " + "aaa".replaceFirst("a", "b"));
        Matcher am = Pattern.compile("\\$(\\w+)").matcher("cost: $price, tax: $tax, unknown: $nope.");
        Map<String, String> vars = Map.of("price", "$10", "tax", "\\2");
        StringBuilder sb = new StringBuilder();
        while (am.find()) am.appendReplacement(sb, Matcher.quoteReplacement(vars.getOrDefault(am.group(1), "?")));
        am.appendTail(sb);
        System.out.println("appendReplacement " + sb);
        try { "x".replaceAll("x", "$1"); } catch (IndexOutOfBoundsException e) { System.out.println("bad backref: " + e.getMessage()); }
        try { "x".replaceAll("x", "${nope}"); } catch (IllegalArgumentException e) { System.out.println("bad named ref: " + e.getMessage()); }
        System.out.println("backreference doubles " + Pattern.compile("\\b(\\w+) \\1\\b").matcher("this is is a test test ok").results().map(MatchResult::group).toList()
            + " named backref " + "abcabc xyzxy".replaceAll("(?<w>\\w{3})\\k<w>", "[$1]"));
        String html = "<b>bold</b><i>it</i>";
        System.out.println("greedy " + first("<.+>", html) + " reluctant " + first("<.+?>", html) + " possessive fails " + first("<.++>", html) + " atomic " + first("(?>a+)b", "aaab") + " atomic fails " + first("(?>a+)ab", "aaab"));
        System.out.println("lookahead " + all("\\w+(?=:)", "key: val other: x") + " negative lookahead " + all("\\b\\w+\\b(?!:)", "key: val other: x") + " lookbehind " + all("(?<=\\$)\\d+", "$12 and 34 and $56")
            + " negative lookbehind " + all("(?<!\\$)\\b\\d+", "$12 and 34 and $56"));
        System.out.println("password check " + Stream.of("abc", "abcdef1", "Abcdef1", "Abc1").map(p -> p + "=" + p.matches("(?=.*\\d)(?=.*[a-z])(?=.*[A-Z]).{6,}")).toList());
        System.out.println("alternation order " + first("a|ab", "ab") + " " + first("ab|a", "ab") + " non-capturing count " + Pattern.compile("(?:a)(b)(?:c)").matcher("abc").groupCount());
        Matcher mm = Pattern.compile("\\d+").matcher("123abc");
        System.out.println("matches " + mm.matches() + " lookingAt " + mm.lookingAt() + " find from reset " + mm.reset().find() + " group " + mm.group() + " hitEnd " + mm.hitEnd());
        Matcher partial = Pattern.compile("abc").matcher("ab");
        System.out.println("partial match hitEnd " + (partial.find() + " " + partial.hitEnd()) + " requireEnd " + Pattern.compile("a$").matcher("a").find());
        Matcher region = Pattern.compile("^\\w+").matcher("skip this word");
        region.region(5, 14);
        System.out.println("region find " + region.find() + " " + region.group() + " transparent bounds " + region.hasTransparentBounds() + " anchoring " + region.hasAnchoringBounds());
        Matcher empty = Pattern.compile("x*").matcher("abc");
        List<String> spots = new ArrayList<>();
        while (empty.find()) spots.add(empty.start() + "-" + empty.end());
        System.out.println("empty matches " + spots + " optional group " + optionalGroup());
        Matcher noMatch = date.matcher("nothing");
        try { noMatch.group(); } catch (IllegalStateException e) { System.out.println("group before match: " + e.getMessage()); }
        Matcher one = date.matcher("2020-01-02");
        one.matches();
        try { one.group(4); } catch (IndexOutOfBoundsException e) { System.out.println("group(4): " + e.getMessage()); }
        try { one.group("hour"); } catch (IllegalArgumentException e) { System.out.println("group(hour): " + e.getMessage()); }
        System.out.println("toMatchResult " + one.toMatchResult().group(1) + " usePattern " + one.usePattern(Pattern.compile("\\d")).reset().results().count() + " pattern " + date.pattern() + " toString " + Pattern.compile("a+b", Pattern.CASE_INSENSITIVE));
        System.out.println("unicode classes " + all("\\p{Lu}\\p{Ll}+", "Hello World of Java") + " posix " + all("\\p{Punct}+", "a,b;;c!") + " \\R " + "a\r\nb\nc\rd".split("\\R").length + " \\X " + all("\\X", "e\u0301a").size());
    }

    static String first(String re, String s) { Matcher m = Pattern.compile(re).matcher(s); return m.find() ? m.group() : "<none>"; }
    static List<String> all(String re, String s) { return Pattern.compile(re).matcher(s).results().map(MatchResult::group).toList(); }
    static String optionalGroup() { Matcher m = Pattern.compile("(a)?(b)").matcher("b"); m.matches(); return m.group(1) + " start " + m.start(1); }
}
