package io.github.lorewiki.engine.link;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {
    private static final List<String> TITLES = List.of("Organizational memory", "Knowledge management", "Memory", "Learning");

    @Test
    void typoSuggestsTheClosestName() {
        assertThat(Suggestions.closest("Organisational memry", TITLES)).isEqualTo("Organizational memory");
        assertThat(Suggestions.closest("Knowlege managment", TITLES)).isEqualTo("Knowledge management");
        assertThat(Suggestions.closest("Lerning", TITLES)).isEqualTo("Learning");
    }

    @Test
    void comparisonIgnoresCaseButReturnsTheNameAsWritten() {
        assertThat(Suggestions.closest("MEMORI", TITLES)).isEqualTo("Memory");
    }

    @Test
    void nothingIsSuggestedWhenNoNameIsClose() {
        assertThat(Suggestions.closest("Quantum chromodynamics", TITLES)).isNull();
        assertThat(Suggestions.closest("Memory palace technique", TITLES)).isNull();
    }

    @Test
    void nothingIsSuggestedFromNoCandidates() {
        assertThat(Suggestions.closest("Memory", List.of())).isNull();
    }

    @Test
    void shortNamesAllowTwoEdits() {
        assertThat(Suggestions.closest("ab", List.of("xy"))).isEqualTo("xy");
        assertThat(Suggestions.closest("ab", List.of("xyz"))).isNull();
    }

    @Test
    void longerNamesAllowAboutAThirdOfTheirLength() {
        // 12 characters: up to 4 edits
        assertThat(Suggestions.closest("abcdefghijkl", List.of("abcdefghwxyz"))).isEqualTo("abcdefghwxyz");
        assertThat(Suggestions.closest("abcdefghijkl", List.of("abcdefgvwxyz"))).isNull();
    }

    @Test
    void exactMatchWins() {
        assertThat(Suggestions.closest("Memory", List.of("Memoro", "Memory", "Memorx"))).isEqualTo("Memory");
    }

    @Test
    void tieIsBrokenAlphabeticallyWhateverTheCandidateOrder() {
        assertThat(Suggestions.closest("cat", List.of("hat", "bat", "mat"))).isEqualTo("bat");
        assertThat(Suggestions.closest("cat", List.of("mat", "hat", "bat"))).isEqualTo("bat");
        assertThat(Suggestions.closest("cat", Set.of("mat", "hat", "bat", "rat", "sat"))).isEqualTo("bat");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggestions.distance("kitten", "sitting", 10)).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc", 10)).isEqualTo(3);
        assertThat(Suggestions.distance("abc", "abc", 10)).isZero();
        assertThat(Suggestions.distance("abc", "acb", 10)).isEqualTo(2);
    }

    @Test
    void editDistanceGivesUpEarlyBeyondTheLimit() {
        assertThat(Suggestions.distance("aaaaaaaa", "bbbbbbbb", 2)).isEqualTo(3);
    }
}
