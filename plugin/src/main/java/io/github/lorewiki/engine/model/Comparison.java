package io.github.lorewiki.engine.model;

import java.util.List;

/**
 * A comparison table written as data: two or more subjects (articles) compared row by row. Text fields
 * are kept as {@link Fragment}s: Markdown whose links were resolved in the LINK stage.
 *
 * @param url         output path of the comparison's own page
 * @param subjects    the subjects in column order, each resolved to an article
 * @param sections    rows, grouped under optional section headings
 * @param transposed  subjects as rows and criteria as columns, for many subjects
 */
public record Comparison(String sourcePath, String displayPath, String url, String title, List<Subject> subjects,
                         Fragment summary, List<Section> sections, List<String> tags, List<Fragment> sources,
                         boolean transposed) {
    public Comparison {
        subjects = List.copyOf(subjects);
        sections = List.copyOf(sections);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** A subject: the article it names, by URL and title. */
    public record Subject(String title, String articleUrl) {
    }

    /** A group of rows; {@code heading} is empty for rows outside any section. */
    public record Section(String heading, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One criterion: its label, one value per subject (in subject order), an optional note.
     *
     * @param fromFacts true when the values come from the subjects' {@code facts:} front matter
     */
    public record Row(String label, List<Fragment> values, Fragment note, boolean fromFacts) {
        public Row {
            values = List.copyOf(values);
        }
    }

    public List<Row> rows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }
}
