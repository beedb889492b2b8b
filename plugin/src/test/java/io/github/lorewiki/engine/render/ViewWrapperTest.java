package io.github.lorewiki.engine.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Templates see the view records through ViewWrapper exactly as through Freemarker's default wrapper. */
class ViewWrapperTest {
    private static final PageViews.LinkView HOME = new PageViews.LinkView("Home", "../index.html");
    private static final Map<String, Object> MODEL = Map.of(
            "site", new PageViews.SiteView("A & B", "index.html", "a-z.html", "tags/index.html", "", List.of(
                    new PageViews.NavSection("Concepts", "concepts/index.html", true, List.of(HOME))), 12, ""),
            "page", new PageViews.ArticlePage("<T>", "sum", "x/a.html", "x/a.md", List.of(HOME),
                    List.of(new PageViews.TocEntry(2, "Part", "#part")), BodyHtml.of("<p>body</p>"), List.of(), List.of(HOME),
                    List.of("alias"), Map.of("owner", "Ann", "level", List.of(1, 2)), List.of(), List.of(), true, List.of()),
            "root", "../");

    private static String render(ObjectWrapper wrapper, String template) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(wrapper);
        StringWriter out = new StringWriter();
        try {
            new Template("t.ftlh", template, cfg).process(MODEL, out);
        } catch (Exception e) {
            return "error: " + e.getClass().getSimpleName();
        }
        return out.toString();
    }

    private static void sameAsDefault(String template) throws Exception {
        String expected = render(Theme.wrapperConfiguration().build(), template);
        assertThat(render(new ViewWrapper(Theme.wrapperConfiguration()), template)).as(template).isEqualTo(expected);
    }

    @Test
    void fieldsListsNumbersAndFlagsReadTheSame() throws Exception {
        sameAsDefault("${site.title} ${site.articleCount} <#list site.sections as s>${s.title}<#if s.current>*</#if>"
                + "<#list s.articles as a>${a.href}|${a.summary}</#list></#list>");
        sameAsDefault("${page.title} ${page.bodyHtml?no_esc} <#if page.draft>draft</#if> ${page.toc?size} ${page.toc[0].level + 1}"
                + " <#list page.breadcrumb as c>${c.title}</#list> ${page.extra.owner} ${page.extra.level[1]} ${page.aliases?join(',')}");
        sameAsDefault("${page.tags?has_content?c} ${page?has_content?c} ${page.comparedWith?size} ${(page.summary!'none')}");
    }

    @Test
    void methodsMissingFieldsAndHiddenMembersBehaveTheSame() throws Exception {
        sameAsDefault("${page.title()} ${site.articleCount()}");
        sameAsDefault("${page.sumary}");
        sameAsDefault("${page.class.name}");
        sameAsDefault("${page.getClass().getName()}");
        sameAsDefault("${page.hashCode()?is_number?c}");
        sameAsDefault("${page?is_hash?c} ${page?is_string?c} ${page.title?is_string?c}");
    }
}
