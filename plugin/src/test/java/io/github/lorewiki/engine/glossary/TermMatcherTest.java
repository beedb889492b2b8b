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

    @Test
    void thousandsOfTermsBuildQuickly() {
        List<List<String>> terms = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) terms.add(List.of("term number " + i, "alias " + i));
        TermMatcher m = TermMatcher.of(terms);
        assertThat(m.find("see term number 1999 and alias 7, not term number 20000")).extracting(TermMatcher.Match::term).containsExactly(1999, 7);
    }
}
