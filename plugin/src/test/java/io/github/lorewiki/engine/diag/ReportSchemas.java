package io.github.lorewiki.engine.diag;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates the check reports against their schemas, vendored under src/test/resources/check/schemas/
 * (see the README there): the SARIF 2.1.0 JSON schema and a JUnit XML schema.
 */
public final class ReportSchemas {
    public static final Path DIR = Path.of("src/test/resources/check/schemas");
    private static Schema sarif;

    private ReportSchemas() {
    }

    /** The schema violations of a SARIF log; empty when it is valid. */
    public static synchronized List<String> sarifProblems(String json) {
        if (sarif == null) {
            try (InputStream in = Files.newInputStream(DIR.resolve("sarif-2.1.0-rtm.5.json"))) {
                sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sarif.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    /** The schema violations of a JUnit XML report; empty when it is valid. */
    public static List<String> junitProblems(String xml) {
        List<String> problems = new ArrayList<>();
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Validator validator = factory.newSchema(DIR.resolve("junit.xsd").toFile()).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                    throw e;
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (problems.isEmpty()) problems.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }
}
