package io.github.lorewiki.engine.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.write.Utf8Buffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates and static files pages are made with: the built-in theme, shadowed file by file by the
 * user's template folder. Freemarker is locked down: HTML auto-escaping, no class instantiation, no
 * Java API (nor a way to it through an object's class), errors rethrown and reported with the template's line and the page being rendered.
 */
public final class Theme {
    static final String BUILT_IN = "io/github/lorewiki/theme/";
    private final Configuration config;
    private final Path userFolder;
    private final String userDisplay;
    private final java.util.Set<String> broken = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Page buffers between renders: one per thread rendering at a time, kept for the next page. */
    private final java.util.Queue<Utf8Buffer> buffers = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * @param userFolder  the user's template folder, or null
     * @param userDisplay how that folder is named in diagnostics
     */
    public Theme(Path userFolder, String userDisplay) {
        this.userFolder = userFolder;
        this.userDisplay = userDisplay;
        this.config = configure(userFolder);
    }

    private static Configuration configure(Path userFolder) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (userFolder != null) loaders.add(new FileTemplateLoader(userFolder.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template folder " + userFolder, e);
        }
        loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), BUILT_IN));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setLocalizedLookup(false);
        // a build reads each template once: by default a lookup five seconds later asks the file whether it
        // changed, so a template edited during a long build would shape only the pages after the edit
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setObjectWrapper(new ViewWrapper(wrapperConfiguration()));
        return cfg;
    }

    /**
     * The object wrapper's settings: Freemarker's defaults for this version, fields of objects not exposed, and
     * no {@code getClass()}: through a view's class ({@code page.class.protectionDomain}) a template reached the Java API.
     */
    static DefaultObjectWrapperBuilder wrapperConfiguration() {
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        wrapper.setMemberAccessPolicy(new NoClassAccess(DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34)));
        return wrapper;
    }

    /** A member policy that hides {@code getClass()} and otherwise leaves each decision to another. */
    private record NoClassAccess(MemberAccessPolicy policy) implements MemberAccessPolicy {
        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            ClassMemberAccessPolicy members = policy.forClass(type);
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return !(method.getName().equals("getClass") && method.getParameterCount() == 0) && members.isMethodExposed(method);
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return members.isConstructorExposed(constructor);
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return members.isFieldExposed(field);
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return policy.isToStringAlwaysExposed();
        }
    }

    /**
     * Renders a template; on a template problem reports it at the template's position, naming the page,
     * and returns null.
     */
    public String render(String templateName, Map<String, Object> model, String pageDisplay, Diagnostics diagnostics) {
        StringWriter out = new StringWriter(16 * 1024);
        return process(templateName, model, out, pageDisplay, diagnostics) ? out.toString() : null;
    }

    /**
     * Renders a page as UTF-8 straight into a reused buffer and writes it to the sink; on a template problem
     * reports it (see {@link #render(String, Map, String, Diagnostics)}), writes nothing and returns false.
     */
    public boolean render(String templateName, Map<String, Object> model, String pageDisplay, Diagnostics diagnostics,
                          PageSink sink, String outputPath) {
        Utf8Buffer buffer = buffers.poll();
        if (buffer == null) buffer = new Utf8Buffer(64 * 1024);
        try {
            buffer.reset();
            if (!process(templateName, model, buffer, pageDisplay, diagnostics)) return false;
            buffer.finish();
            sink.write(outputPath, buffer.bytes(), buffer.size());
            return true;
        } finally {
            buffers.offer(buffer);
        }
    }

    private boolean process(String templateName, Map<String, Object> model, Writer out, String pageDisplay, Diagnostics diagnostics) {
        if (broken.contains(templateName)) return false; // its syntax error is reported once, not once per page
        try {
            Template template = config.getTemplate(templateName);
            template.process(model, out);
            return true;
        } catch (TemplateNotFoundException e) {
            if (broken.add(templateName)) {
                diagnostics.error("template.missing", SourcePos.file(templateName), "template '" + templateName
                        + "' not found (while rendering " + pageDisplay + ")", "add it to the template folder or remove the override");
            }
        } catch (ParseException e) {
            if (broken.add(templateName)) {
                diagnostics.error("template.syntax", pos(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                        "template syntax error: " + firstLine(e.getEditorMessage()) + " (while rendering " + pageDisplay + ")",
                        "fix the template");
            }
        } catch (TemplateException e) {
            SourcePos at = pos(e.getTemplateSourceName(), lineOf(e.getLineNumber()), lineOf(e.getColumnNumber()));
            // the same mistake fails every page that uses the template: report it once
            if (reported.add(at.toString())) {
                String what = e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null
                        ? "'" + e.getBlamedExpressionString() + "' is undefined or null"
                        : firstLine(e.getMessageWithoutStackTop());
                diagnostics.error("template.error", at, what + " (while rendering " + pageDisplay + ")",
                        "fix the template; use ${x!} or <#if x??> for values that may be missing");
            }
        } catch (IOException e) {
            if (broken.add(templateName)) {
                diagnostics.error("template.unreadable", SourcePos.file(templateName), "cannot read template: " + e.getMessage(), "");
            }
        }
        return false;
    }

    private static int lineOf(Integer n) {
        return n == null ? 0 : n;
    }

    private SourcePos pos(String templateName, int line, int column) {
        String name = templateName == null ? "?" : templateName;
        boolean user = userFolder != null && Files.isRegularFile(userFolder.resolve(name));
        String path = user ? userDisplay + "/" + name : "(built-in theme)/" + name;
        return new SourcePos(path, line, column);
    }

    private static String firstLine(String s) {
        if (s == null) return "template error";
        String line = s.strip().lines().findFirst().orElse(s).strip();
        return line.replaceAll("\\s+", " ");
    }

    /** Static files of the theme (CSS, scripts, fonts), by path under {@code assets/}, the user's winning. */
    public Map<String, byte[]> staticFiles() {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : builtInStaticNames()) files.put(name, readBuiltIn("static/" + name));
        files.putAll(io.github.lorewiki.engine.search.SearchAssets.files()); // lunr, from its WebJar
        Path userStatic = userFolder == null ? null : userFolder.resolve("static");
        if (userStatic != null && Files.isDirectory(userStatic)) {
            try (Stream<Path> walk = Files.walk(userStatic)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(userStatic.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + userStatic, e);
            }
        }
        return files;
    }

    /** The built-in static files are listed in static/files.txt, since a jar's folders cannot be listed portably. */
    private static List<String> builtInStaticNames() {
        String list = new String(readBuiltIn("static/files.txt"), StandardCharsets.UTF_8);
        return list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] readBuiltIn(String name) {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
            if (in == null) throw new IllegalStateException("the built-in theme lacks " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
