// Pattern flags and splitting: CASE_INSENSITIVE (with UNICODE_CASE), MULTILINE ^/$,
// DOTALL, COMMENTS (x) mode, LITERAL, inline flags (?i) (?m) (?s) scoped to a group,
// String.split with limits (trailing empty strings removed, negative limit keeps them,
// leading empty string rules), Pattern.split/splitAsStream, asPredicate vs
// asMatchPredicate, Pattern.quote, replaceAll with special characters, and
// PatternSyntaxException messages (description, index, the multi-line pointer text).
import java.util.*;
import java.util.regex.*;

public class RegexFlagsSplit {
    static List<String> all(Pattern p, String s) { return p.matcher(s).results().map(MatchResult::group).toList(); }

    public static void main(String[] args) {
        String text = "First line\nsecond LINE\nthird line";
        System.out.println("no flags " + all(Pattern.compile("line"), text) + " CASE_INSENSITIVE " + all(Pattern.compile("line", Pattern.CASE_INSENSITIVE), text));
        System.out.println("^ without MULTILINE " + all(Pattern.compile("^\\w+"), text) + " with " + all(Pattern.compile("^\\w+", Pattern.MULTILINE), text) + " $ with " + all(Pattern.compile("\\w+$", Pattern.MULTILINE), text));
        System.out.println("dot without DOTALL " + Pattern.compile("First.*third").matcher(text).find() + " with " + Pattern.compile("First.*third", Pattern.DOTALL).matcher(text).find() + " inline (?s) " + Pattern.compile("(?s)First.*third").matcher(text).find());
        Pattern commented = Pattern.compile("""
            (\\d{3})   # area code
            [-\\s]?    # optional separator
            (\\d{4})   # number
            """, Pattern.COMMENTS);
        System.out.println("COMMENTS " + commented.matcher("call 555 1234 or 555-9876").replaceAll("<$1|$2>"));
        System.out.println("LITERAL " + all(Pattern.compile("a.b*", Pattern.LITERAL), "a.b* axb a.b*") + " quote " + Pattern.quote("1+1=2?") + " " + "1+1=2? yes".replaceAll(Pattern.quote("1+1=2?"), "math"));
        System.out.println("scoped inline flag " + all(Pattern.compile("a(?i:b)c"), "abc aBc ABC abC") + " (?i) then (?-i) " + all(Pattern.compile("(?i)x(?-i)y"), "xy Xy xY XY"));
        System.out.println("unicode case " + Pattern.compile("\u00e9", Pattern.CASE_INSENSITIVE).matcher("\u00c9").matches() + " " + Pattern.compile("\u00e9", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher("\u00c9").matches()
            + " flags " + Pattern.compile("(?i)x", Pattern.MULTILINE).flags());
        for (String[] c : new String[][] {{"a,b,,c,,", ","}, {",a,b", ","}, {"a1b22c333", "\\d+"}, {"boo:and:foo", "o"}, {"", ","}, {"abc", ""}, {" lead trail ", " "}}) {
            String s = c[0], re = c[1];
            System.out.println("split(\"" + s + "\", \"" + re + "\") " + Arrays.toString(s.split(re)) + " limit 2 " + Arrays.toString(s.split(re, 2)) + " limit -1 " + Arrays.toString(s.split(re, -1)) + " limit 0 len " + s.split(re, 0).length);
        }
        System.out.println("zero-width split " + Arrays.toString("camelCaseString".split("(?=[A-Z])")) + " splitAsStream " + Pattern.compile("\\s*;\\s*").splitAsStream("a ; b;c ;").toList()
            + " Pattern.split " + Arrays.toString(Pattern.compile("-").split("x-y-z", 2)) + " splitWithDelims-free " + Arrays.toString("1+2-3".split("(?<=[-+])|(?=[-+])")));
        Pattern digits = Pattern.compile("\\d+");
        System.out.println("asPredicate " + List.of("a1", "12", "b").stream().filter(digits.asPredicate()).toList() + " asMatchPredicate " + List.of("a1", "12", "b").stream().filter(digits.asMatchPredicate()).toList());
        System.out.println("special replacement chars " + "a.b.c".replaceAll("\\.", "\\\\") + " " + "path/to/x".replaceAll("/", Matcher.quoteReplacement("$/")) + " replace (literal) " + "a.b".replace(".", "$1"));
        for (String bad : List.of("(unclosed", "[a-", "a{2,1}", "*start", "(?<1bad>x)", "x\\", "a)b", "\\k<none>")) {
            try { Pattern.compile(bad); } catch (PatternSyntaxException e) {
                System.out.println("PatternSyntaxException desc=" + e.getDescription() + " index=" + e.getIndex() + " pattern=" + e.getPattern());
                System.out.println("  message: " + e.getMessage().replace("\n", " | "));
            }
        }
        try { Pattern.compile("x", 0x100000); } catch (IllegalArgumentException e) { System.out.println("unknown flag: " + e.getMessage()); }
        System.out.println("matches shortcut " + Pattern.matches("[a-c]+", "abcab") + " String.matches " + "2024".matches("\\d{4}") + " region-free find " + Pattern.compile("o").matcher("foo").results().count());
        Matcher m = Pattern.compile("(?m)^(\\w+):\\s*(.*)$").matcher("name: Ada\nborn: 1815\nnote:\n");
        Map<String, String> kv = new TreeMap<>();
        while (m.find()) kv.put(m.group(1), m.group(2));
        System.out.println("multiline key/values " + kv);
    }
}
