package io.github.lorewiki.engine.glossary;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TermMatcherTest {

    /** The matched text of each mention, tagged with its term's first name: "memories=Memory". */
    private static List<String> find(String text, List<List<String>> terms) {
        TermMatcher m = TermMatcher.of(terms);
        List<String> out = new ArrayList<>();
        for (TermMatcher.Match match : m.find(text)) {
            out.add(text.substring(match.start(), match.end()) + "=" + terms.get(match.term()).get(0));
        }
        return out;
    }

    private static List<String> find(String text, String... terms) {
        return find(text, java.util.Arrays.stream(terms).map(List::of).toList());
    }

    @Test
    void findsEveryTermInOnePassInTextOrder() {
        assertThat(find("Memory helps learning; learning needs memory.", "learning", "memory"))
                .containsExactly("Memory=memory", "learning=learning", "learning=learning", "memory=memory");
    }

    @Test
    void caseIsIgnored() {
        assertThat(find("ORGANIZATIONAL MEMORY and Organizational Memory", "organizational memory"))
                .containsExactly("ORGANIZATIONAL MEMORY=organizational memory", "Organizational Memory=organizational memory");
    }

    @Test
    void acronymsMatchOnlyAsWritten() {
        assertThat(find("It is the IT team; it was an AAR, two AARs, the aar.", "IT", "AAR"))
                .containsExactly("IT=IT", "AAR=AAR", "AARs=AAR");
    }

    @Test
    void wholeWordsOnly() {
        assertThat(find("memoryless commemory memory_x xmemory memory2 memory", "memory")).containsExactly("memory=memory");
        assertThat(find("learnings unlearning relearn learning.", "learning")).containsExactly("learnings=learning", "learning=learning");
    }

    @Test
    void regularPluralsAreMatched() {
        assertThat(find("memories, processes, boxes, churches, models, days", "memory", "process", "box", "church", "model", "day"))
                .containsExactly("memories=memory", "processes=process", "boxes=box", "churches=church", "models=model", "days=day");
        // a vowel before y: days, not daies
        assertThat(find("daies", "day")).isEmpty();
    }

    @Test
    void theHeadOfAnOfPhraseIsPluralized() {
        assertThat(find("Two communities of practice met; one community of practice stayed.", "community of practice"))
                .containsExactly("communities of practice=community of practice", "community of practice=community of practice");
    }

    @Test
    void possessivesAreMatchedWithStraightAndCurlyApostrophes() {
        assertThat(find("the organization's goals, the organization\u2019s people, the organizations' plans", "organization"))
                .containsExactly("organization's=organization", "organization\u2019s=organization", "organizations=organization");
    }

    @Test
    void longestTermWinsWhenTermsOverlap() {
        List<List<String>> terms = List.of(List.of("memory"), List.of("organizational memory"), List.of("organizational learning"));
        assertThat(find("Organizational memory is not memory alone; organizational learning uses it.", terms))
                .containsExactly("Organizational memory=organizational memory", "memory=memory", "organizational learning=organizational learning");
    }

    @Test
    void leftmostWinsBetweenOverlappingTermsThenLongest() {
        List<List<String>> terms = List.of(List.of("knowledge management"), List.of("management system"), List.of("knowledge"));
        assertThat(find("a knowledge management system", terms)).containsExactly("knowledge management=knowledge management");
    }

    @Test
    void whiteSpaceLineBreaksAndHyphensMatchEachOther() {
        assertThat(find("double loop learning, double-loop\n   learning, double\u2011loop learning", "Double-loop learning"))
                .containsExactly("double loop learning=Double-loop learning", "double-loop\n   learning=Double-loop learning",
                        "double\u2011loop learning=Double-loop learning");
    }

    @Test
    void aliasesMatchTheirTerm() {
        List<List<String>> terms = List.of(List.of("Organizational memory", "Corporate memory", "OM"));
        assertThat(find("Corporate memories and OM and om", terms))
                .containsExactly("Corporate memories=Organizational memory", "OM=Organizational memory");
    }

    @Test
    void unicodeLettersAreWordCharacters() {
        assertThat(find("Ökonomie, die Ökonomien; Übersicht; naïve; сеть и сети; Straße", "ökonomie", "naïve", "сеть", "STRASSE", "straße"))
                .containsExactly("Ökonomie=ökonomie", "naïve=naïve", "сеть=сеть", "Straße=straße");
        // only English plurals are known: German "-n" is another word
        // a combining accent after the last letter continues the word
        assertThat(find("cafe\u0301", "cafe")).isEmpty();
        assertThat(find("\u00e9cole, \u00c9COLE", "\u00e9cole")).containsExactly("\u00e9cole=\u00e9cole", "\u00c9COLE=\u00e9cole");
        // letters outside the basic plane around a term: still not a whole word
        assertThat(find("\uD835\uDC00memory", "memory")).isEmpty();
    }

    @Test
    void aNameAlwaysWinsOverAnotherTermsInflectedForm() {
        // "news" is a term of its own, not the plural of "new"
        List<List<String>> terms = List.of(List.of("new"), List.of("news"));
        assertThat(find("new news", terms)).containsExactly("new=new", "news=news");
    }

    @Test
    void emptyInputsFindNothing() {
        assertThat(find("", "memory")).isEmpty();
        assertThat(TermMatcher.of(List.of()).find("memory")).isEmpty();
        assertThat(find("   ", " ")).isEmpty();
    }

    @Test
    void agreesWithANaiveSearchOnRandomTexts() {
        Random random = new Random(42);
        String[] words = {"memory", "memories", "learning", "organizational", "the", "team", "loop", "double", "x", "-", " ", "  ", "\n", ",", "'s"};
        List<List<String>> terms = List.of(List.of("memory"), List.of("organizational learning"), List.of("double loop"), List.of("team"));
        TermMatcher matcher = TermMatcher.of(terms);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) sb.append(words[random.nextInt(words.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            String text = sb.toString();
            List<TermMatcher.Match> found = matcher.find(text);
            int last = 0;
            for (TermMatcher.Match m : found) {
                assertThat(m.start()).as(text).isGreaterThanOrEqualTo(last);
                assertThat(TermMatcher.wholeWord(text.toCharArray(), text.length(), m.start(), m.end())).as(text).isTrue();
                last = m.end();
            }
            // every whole-word "team" or "memory" not inside another match is found
            for (String word : List.of("team", "memory")) {
                for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                    int at = i;
                    if (!TermMatcher.wholeWord(text.toCharArray(), text.length(), at, at + word.length())) continue;
                    assertThat(found).as("'%s' at %d in [%s]", word, at, text)
                            .anySatisfy(m -> assertThat(m.start() <= at && at < m.end()).isTrue());
                }
            }
        }
    }

    /** Names of every shape the shortcuts at the automaton's root must get right, and words around them. */
    private static final String[] NAMES = {
            "memory", "organizational memory", "IT", "AAR", "x", "X-ray", "ab", "a b", "ai", "AI", "C++", ".NET", "#tag", "web 2.0",
            "3D", "snake_case", "_under", "it's", "naïve", "Ökonomie", "ſtar", "\u212Aelvin", "İstanbul", "сеть", "Straße", "co-op",
            "double-loop learning", "community of practice", "day", "box", "new", "news", "q", "qa", "qat", "e\u0301clair",
    };
    private static final String[] TEXT = {
            "memory", "Memory", "memories", "MEMORY", "memoryless", "organizational", "it", "IT", "It", "its", "AARs", "aar", "x", "X",
            "xray", "x-ray", "X-RAYS", "ab", "abc", "a", "b", "ai", "AI", "AIs", "aim", "c", "C++", "c+", "NET", ".net", ".NET", "#tag",
            "tag", "web", "2.0", "2", "3D", "3d", "3Ds", "snake_case", "snake", "_under", "under", "naïve", "naive", "Ökonomie",
            "ökonomien", "star", "ſtar", "\u212Aelvin", "kelvin", "İstanbul", "istanbul", "сеть", "Straße", "STRASSE", "co", "op",
            "co-op", "coop", "double", "loop", "learning", "community", "communities", "of", "practice", "day", "days", "daies", "box",
            "boxes", "new", "news", "q", "qa", "qat", "qats", "qu", "e\u0301clair", "eclair", "the", "and", "\uD835\uDC00",
            "\uD835\uDC00x", "é", "_", "9", "99", "'s", "\u2019s", "'", "-", "\u2011", " ", "  ", "\n", "\t", ",", ".", "(", ")", "\\",
            "&", "\u00A0", "\u0001",
    };

    @Test
    void theShortcutsAtTheRootChangeNothingTheAutomatonAloneFinds() {
        Random random = new Random(7);
        for (int set = 0; set < 200; set++) {
            List<List<String>> terms = new ArrayList<>();
            for (int t = random.nextInt(12) + 1; t > 0; t--) {
                List<String> names = new ArrayList<>();
                for (int a = random.nextInt(3); a >= 0; a--) names.add(NAMES[random.nextInt(NAMES.length)]);
                terms.add(names);
            }
            TermMatcher fast = TermMatcher.of(terms);
            TermMatcher plain = new TermTrie(terms).withoutShortcuts().build();
            for (int round = 0; round < 100; round++) {
                StringBuilder sb = new StringBuilder();
                for (int w = random.nextInt(25); w > 0; w--) {
                    sb.append(TEXT[random.nextInt(TEXT.length)]);
                    if (random.nextInt(3) > 0) sb.append(random.nextInt(5) == 0 ? "-" : " ");
                }
                String text = sb.toString();
                assertThat(fast.find(text)).as("%s in [%s]", terms, text).isEqualTo(plain.find(text));
            }
        }
    }

    @Test
    void thousandsOfTermsBuildQuickly() {
        List<List<String>> terms = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) terms.add(List.of("term number " + i, "alias " + i));
        TermMatcher m = TermMatcher.of(terms);
        assertThat(m.find("see term number 1999 and alias 7, not term number 20000")).extracting(TermMatcher.Match::term).containsExactly(1999, 7);
    }
}
