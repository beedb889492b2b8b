package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.Set;

/**
 * The parser half of flexmark's {@link TablesExtension}, with a cheap gate in front of its paragraph
 * pre-processor and {@link FastTable} behind the gate. flexmark builds that pre-processor for every
 * document (compiling a regex each time) and offers it every paragraph; here one is built, for the
 * first paragraph that could be a table, and paragraphs that cannot be one are turned away before it
 * sees them. A paragraph that could be one goes to {@link FastTable} first, and to flexmark's
 * pre-processor when that declines it.
 * <p>
 * flexmark's pre-processor itself returns 0, changing nothing, when the paragraph's first line has no
 * '|' or when no line matches its header separator pattern (which allows only whitespace, '|', ':' and
 * '-'); the gate turns away only such paragraphs, so every tree is the same as with the stock extension.
 */
final class TableGate implements Parser.ParserExtension {
    private final TablesExtension tables = TablesExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
        tables.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    /**
     * Same place in flexmark's pre-processor order as the wrapped factory: it has the same dependencies.
     * flexmark's table pre-processor keeps nothing of a document (only the parser's table options and
     * its regex; each call gets the parser state), so one serves every document of this parser.
     */
    private static final class Factory implements ParagraphPreProcessorFactory, ParagraphPreProcessor {
        private final ParagraphPreProcessorFactory tables;
        private volatile Readers shared;

        Factory(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return this; // itself rather than a lambda: one method for the JIT to compile, not the lambda as well
        }

        @Override
        public int preProcessBlock(Paragraph block, ParserState state) {
            if (!mayBeTable(block.getContentLines())) return 0;
            Readers readers = shared;
            if (readers == null) { // a race only builds equal ones twice
                shared = readers = new Readers(FastTable.forOptions(state.getProperties()), tables.apply(state));
            }
            if (readers.fast != null) {
                int taken = readers.fast.preProcessBlock(block, state);
                if (taken != FastTable.DECLINE) return taken;
            }
            return readers.flexmark.preProcessBlock(block, state);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }

    /** Lore's fast path, null for options it does not read tables by, and flexmark's pre-processor. */
    private record Readers(FastTable fast, ParagraphPreProcessor flexmark) {
    }

    /** A table needs a '|' on its first line and a separator line made only of '|', ':', '-' and whitespace. */
    static boolean mayBeTable(List<BasedSequence> lines) {
        if (lines.isEmpty() || lines.get(0).indexOf('|') < 0) return false;
        for (BasedSequence line : lines) {
            if (mayBeSeparator(line)) return true;
        }
        return false;
    }

    private static boolean mayBeSeparator(BasedSequence line) {
        boolean dash = false;
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && !isRegexSpace(c)) {
                return false;
            }
        }
        return dash;
    }

    /** The characters of {@code \s} in a Java regex without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
