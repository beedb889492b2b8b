package io.github.lorewiki.engine.render;

import freemarker.core.Environment;
import freemarker.ext.beans.BeansWrapperConfiguration;
import freemarker.ext.beans.StringModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Freemarker's default object wrapper, with the same configuration, that reads the fields of the view records
 * (PageViews) through method handles found once per record type. The default reads each field through bean
 * introspection, a lock and reflection, and templates read thousands per page. Everything else about a view
 * (methods, {@code ?has_content}, what is hidden) is left to the default model, so templates see no difference.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    /** Each view record type's components by name, as handles taking the record and returning the value. */
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> components = new HashMap<>();
            try {
                for (RecordComponent c : type.getRecordComponents()) {
                    MethodHandle read = MethodHandles.publicLookup().unreflect(c.getAccessor());
                    components.put(c.getName(), read.asType(MethodType.methodType(Object.class, Object.class)));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("view record " + type.getName() + " is not public", e);
            }
            return Map.copyOf(components);
        }
    };

    ViewWrapper(BeansWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        // the default's own answer for a string, without the type tests that come before it there
        if (obj instanceof String s) return new SimpleScalar(s);
        if (obj instanceof BodyHtml body) return new BodyHtmlModel(body);
        return super.wrap(obj);
    }

    /**
     * An article body: {@code <@page.bodyHtml/>} writes its bytes into the page as they are; as a string
     * ({@code ${page.bodyHtml?no_esc}}, {@code ?has_content}) it is the HTML's text.
     */
    private record BodyHtmlModel(BodyHtml body) implements TemplateScalarModel, TemplateDirectiveModel {
        @Override
        public String getAsString() {
            return body.toString();
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody nested)
                throws TemplateException, IOException {
            if (!params.isEmpty() || loopVars.length > 0 || nested != null) {
                throw new TemplateModelException("<@page.bodyHtml/> takes no parameters and no nested content");
            }
            body.writeTo(env.getOut());
        }
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record && obj.getClass().getDeclaringClass() == PageViews.class) return new ViewModel(obj, this);
        return super.handleUnknownType(obj);
    }

    /** The default model of a plain object (as {@code GenericObjectModel}), reading record fields directly. */
    private static final class ViewModel extends StringModel implements MethodCallAwareTemplateHashModel {
        private final Map<String, MethodHandle> components;

        ViewModel(Object view, ViewWrapper wrapper) {
            super(view, wrapper);
            components = COMPONENTS.get(view.getClass());
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle read = components.get(key);
            if (read == null) return super.get(key);
            try {
                return wrap((Object) read.invokeExact(object));
            } catch (TemplateModelException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("cannot read " + key, e);
            }
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return super.getBeforeMethodCall(key);
        }
    }
}
