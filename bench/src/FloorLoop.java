import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The floor: what any Flexmark + Freemarker site generator must at least do. Per article: read the file,
 * cut off the front matter (title taken by a line scan, no YAML parser), Flexmark parse + render with the
 * extensions Lore uses, one trivial Freemarker template, write one file. Parser, renderer and template are
 * built once and shared, articles run in a ForkJoinPool of the given size. No link resolution, no
 * navigation, no index pages.
 */
public final class FloorLoop {
    private static final String TEMPLATE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>${title}</title></head>
            <body>
            <h1>${title}</h1>
            <main>
            ${body?no_esc}
            </main>
            </body>
            </html>
            """;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Template template;

    public FloorLoop() {
        MutableDataSet o = new MutableDataSet();
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new java.util.ArrayList<>(List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                AutolinkExtension.create(),
                FootnoteExtension.create(),
                DefinitionExtension.create(),
                WikiLinkExtension.create()));
        // an experiment knob, off by default: -Dbench.floor.autolink=false measures what autolinking costs
        if (!Boolean.parseBoolean(System.getProperty("bench.floor.autolink", "true"))) {
            extensions.removeIf(e -> e instanceof AutolinkExtension);
        }
        o.set(Parser.EXTENSIONS, extensions);
        o.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        o.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        o.set(HtmlRenderer.SOFT_BREAK, "\n");
        DataHolder options = o.toImmutable();
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();

        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("page.ftlh", TEMPLATE);
        cfg.setTemplateLoader(loader);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        try {
            template = cfg.getTemplate("page.ftlh");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds every {@code .md} file under source into output; returns the number of pages written. */
    public int build(Path source, Path output, int threads) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger pages = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> files.parallelStream().forEach(f -> {
                page(f, output.resolve(htmlName(source.relativize(f))));
                pages.incrementAndGet();
            })).join();
        } finally {
            pool.shutdown();
        }
        return pages.get();
    }

    private void page(Path in, Path out) {
        try {
            String text = Files.readString(in, StandardCharsets.UTF_8);
            String title = "";
            int body = 0;
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 3);
                if (end > 0) {
                    for (String line : text.substring(4, end).split("\n")) {
                        if (line.startsWith("title:")) title = line.substring(6).strip().replace("\"", "");
                    }
                    body = end + 5;
                }
            }
            String html = renderer.render(parser.parse(text.substring(body)));
            Map<String, Object> model = new HashMap<>();
            model.put("title", title);
            model.put("body", html);
            StringWriter w = new StringWriter(html.length() + 1024);
            template.process(model, w);
            Files.createDirectories(out.getParent());
            Files.writeString(out, w.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (freemarker.template.TemplateException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String htmlName(Path rel) {
        String s = rel.toString();
        return s.substring(0, s.length() - 3).toLowerCase(Locale.ROOT) + ".html";
    }
}
