package io.github.lorewiki.engine.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTest {
    @Test
    void stringsAreEscapedOnlyWhereJsonOrAScriptElementNeedsIt() {
        String value = "plain, then \"quoted\" \\ back\tslash\n</script> caf\u00e9 \u2014 \u0001";
        String json = new Json().open('[').string(value).string("no escapes at all").string(null).close(']').toString();
        assertThat(json).isEqualTo("[\"plain, then \\\"quoted\\\" \\\\ back\\tslash\\n\\u003c/script> caf\u00e9 \u2014 \\u0001\","
                + "\"no escapes at all\",null]");
    }

    @Test
    void aValueWrittenOnceCanBeRepeatedInPlace() {
        String page = new Json().open('{').key("title").string("A").close('}').toString();
        Json j = new Json().open('[');
        j.raw(page).raw(page).string("b");
        assertThat(j.close(']').toString()).isEqualTo("[{\"title\":\"A\"},{\"title\":\"A\"},\"b\"]");
    }

    @Test
    void writingIntoAGivenBuilderAppendsAfterWhatItHolds() {
        StringBuilder sb = new StringBuilder("x=");
        new Json(sb).open('[').number(1).bool(true).close(']');
        assertThat(sb).hasToString("x=[1,true]");
    }
}
