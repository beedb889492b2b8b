package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.HashSet;
import java.util.Set;

/**
 * One of flexmark's block parser factories, built once per parser (flexmark builds it again for every
 * document) and asked only about lines its subclass lets through; see {@link BlockGates}.
 */
abstract class BlockGate implements CustomBlockParserFactory {
    private final CustomBlockParserFactory core;
    private volatile Built built;

    BlockGate(CustomBlockParserFactory core) {
        this.core = core;
    }

    /** Whether flexmark's parser could start a block here, or could change anything when asked. */
    boolean mayStart(ParserState state, MatchedBlockParser matched) {
        BasedSequence line = state.getLine();
        int first = state.getNextNonSpaceIndex();
        return first < line.length() && mayStart(state, line, first);
    }

    /**
     * Whether flexmark's parser could start a block on this line, whose first non-blank character is at {@code first};
     * a gate that decides by other means keeps this answer, yes.
     */
    boolean mayStart(ParserState state, BasedSequence line, int first) {
        return true;
    }

    /** flexmark passes every document of a parser the parser's own options, the same object each time. */
    @Override
    public BlockParserFactory apply(DataHolder options) {
        Built b = built;
        if (b == null || b.options != options) {
            BlockParserFactory factory = core.apply(options);
            b = new Built(options, new GatedFactory(this, factory));
            built = b; // a race only builds an equal one twice
        }
        return b.factory;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return renamed(core.getAfterDependents());
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return renamed(core.getBeforeDependents());
    }

    @Override
    public boolean affectsGlobalScope() {
        return core.affectsGlobalScope();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return core.getLeadInHandler(options);
    }

    private static Set<Class<?>> renamed(Set<Class<?>> classes) {
        if (classes == null) return null;
        Set<Class<?>> out = new HashSet<>();
        for (Class<?> c : classes) out.add(BlockGates.GATE_OF.getOrDefault(c, c));
        return out;
    }

    private record Built(DataHolder options, BlockParserFactory factory) {
    }

    private record GatedFactory(BlockGate gate, BlockParserFactory core) implements BlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            return gate.mayStart(state, matchedBlockParser) ? core.tryStart(state, matchedBlockParser) : BlockStart.none();
        }
    }
}
