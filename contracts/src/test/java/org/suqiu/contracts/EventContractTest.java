package org.suqiu.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks, for every catalogued event, that record, JSON Schema and sample agree both ways.
 *
 * <p>Two Jacksons are involved: the schema validator works on Jackson 2 trees
 * ({@code com.fasterxml.jackson}), the services (de)serialize records with Jackson 3
 * ({@code tools.jackson}). All tree comparisons are done on Jackson 2 trees parsed from text.
 */
class EventContractTest {

    private static final Pattern TYPE_PATTERN = Pattern.compile("^suqiu\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+$");
    private static final String SCHEMA_ID_PREFIX = "https://suqiu.org/schemas/";
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    /** Jackson 2, only to feed the schema validator and compare trees. */
    private static final ObjectMapper TREES = new ObjectMapper();

    /** Jackson 3, as the services use it, but strict about unknown properties. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    static Stream<Arguments> events() {
        return EventCatalog.all().stream().map(event -> Arguments.of(Named.of(event.type(), event)));
    }

    // ---------------------------------------------------------------- sample <-> schema

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("events")
    void sampleValidatesAgainstSchema(EventType event) {
        assertValid(schema(event), sample(event), event.sampleResource());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("events")
    void sampleFillsEveryPropertyIncludingOptionalOnes(EventType event) {
        ObjectNode sample = sample(event);
        forEachProperty(schemaNode(event), "", (pointer, propertySchema) -> {
            JsonNode value = sample.at(pointer);
            assertThat(value.isMissingNode() || value.isNull())
                    .as("%s: sample must fill %s (optional ones too, so the checks cover them)", event.type(), pointer)
                    .isFalse();
        });
    }

    // ---------------------------------------------------------------- sample <-> record

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("events")
    void sampleRoundTripsThroughRecord(EventType event) throws IOException {
        String sampleText = text(event.sampleResource());

        Event record = MAPPER.readValue(sampleText, event.recordType());
        String written = MAPPER.writeValueAsString(record);
        JsonNode back = TREES.readTree(written);

        assertThat((Object) back).as("%s: record serialized back", event.type()).isEqualTo(TREES.readTree(sampleText));
        assertValid(schema(event), back, event.type() + " serialized by Jackson 3");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("events")
    void optionalPropertiesMayBeNullOrAbsent(EventType event) throws IOException {
        JsonSchema schema = schema(event);
        List<String> optional = optionalProperties(event);

        ObjectNode withNulls = sample(event);
        optional.forEach(name -> withNulls.putNull(name));
        assertValid(schema, withNulls, event.type() + " with optional properties null");
        Event fromNulls = MAPPER.readValue(withNulls.toString(), event.recordType());
        JsonNode back = TREES.readTree(MAPPER.writeValueAsString(fromNulls));
        assertThat((Object) back).isEqualTo(withNulls);
        assertValid(schema, back, event.type() + " with optional properties null, serialized by Jackson 3");

        ObjectNode withoutOptional = sample(event);
        withoutOptional.remove(optional);
        assertValid(schema, withoutOptional, event.type() + " without optional properties");
        Event fromAbsent = MAPPER.readValue(withoutOptional.toString(), event.recordType());
        assertThat(fromAbsent).isEqualTo(fromNulls);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("events")
    void unknownPropertiesPassTheSchemaButNotTheStrictTestMapper(EventType event) {
        ObjectNode extended = sample(event);
        extended.put("addedInALaterRelease", "x");

        assertValid(schema(event), extended, event.type() + " with an unknown property");
        assertThatThrownBy(() -> MAPPER.readValue(extended.toString(), event.recordType()))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("events")
    void subjectIsNotSerializedAsAProperty(EventType event) {
        ObjectNode sample = sample(event);
        Event record = MAPPER.readValue(sample.toString(), event.recordType());

        String expectedSubject = sample.has("grievanceId") ? sample.get("grievanceId").asText() : sample.get("unitId").asText();
        assertThat(record.subject()).isEqualTo(expectedSubject);

        JsonMapper defaults = JsonMapper.builder().build();
        tools.jackson.databind.JsonNode tree = defaults.valueToTree(record);
        assertThat(tree.has("subject")).as("%s: subject() must not become a property", event.type()).isFalse();
    }

    // ---------------------------------------------------------------- schema <-> record

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("events")
    void schemaPropertiesMatchRecordComponentsAndRequiredMatchesNonOptional(EventType event) {
        compareWithRecord(event, event.recordType(), schemaNode(event), "");
    }

    /**
     * Compares one object schema (top level or nested, at {@code pointer} in the sample) with a
     * record: same property names as components, matching JSON types, and {@code required} equal to
     * the components whose property does not accept null.
     */
    private void compareWithRecord(EventType event, Class<?> recordType, JsonNode objectSchema, String pointer) {
        String where = event.type() + (pointer.isEmpty() ? "" : " at " + pointer);
        RecordComponent[] components = recordType.getRecordComponents();
        List<String> componentNames = Arrays.stream(components).map(RecordComponent::getName).toList();

        assertThat(names(objectSchema.path("properties")))
                .as("%s: schema properties vs components of %s", where, recordType.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(componentNames);

        Set<String> expectedRequired = new LinkedHashSet<>();
        for (RecordComponent component : components) {
            String name = component.getName();
            String propertyPointer = pointer + "/" + name;
            JsonNode propertySchema = objectSchema.path("properties").path(name);

            checkJsonType(where + "." + name, component.getGenericType(), propertySchema);

            boolean optional = acceptsNull(event, propertyPointer);
            if (component.getType().isPrimitive()) {
                assertThat(optional).as("%s.%s is primitive, so it cannot be optional", where, name).isFalse();
            }
            if (!optional) {
                expectedRequired.add(name);
                assertThat(sample(event).at(propertyPointer).isNull() || sample(event).at(propertyPointer).isMissingNode())
                        .as("%s: required property %s must be non-null in the sample", where, name)
                        .isFalse();
            }
            if (component.getType().isRecord()) {
                compareWithRecord(event, component.getType(), propertySchema, propertyPointer);
            }
        }

        assertThat(texts(objectSchema.path("required")))
                .as("%s: required vs components whose property does not accept null", where)
                .containsExactlyInAnyOrderElementsOf(expectedRequired);
    }

    private static void checkJsonType(String where, Type javaType, JsonNode propertySchema) {
        Class<?> raw = raw(javaType);
        Set<String> types = jsonTypes(propertySchema);
        types.remove("null");
        if (raw == String.class) {
            assertThat(types).as(where).containsExactly("string");
            assertThat(propertySchema.path("format").asText()).as(where).isNotEqualTo("date-time");
        } else if (raw == Instant.class) {
            assertThat(types).as(where).containsExactly("string");
            assertThat(propertySchema.path("format").asText()).as("%s is an Instant", where).isEqualTo("date-time");
        } else if (raw.isEnum()) {
            assertThat(types).as(where).containsExactly("string");
            List<String> values = new ArrayList<>();
            propertySchema.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v.asText());
                }
            });
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            assertThat(values).as("%s: schema enum vs %s constants", where, raw.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(constants);
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            assertThat(types).as(where).containsExactly("integer");
        } else if (raw == double.class || raw == float.class || raw == Double.class || raw == Float.class) {
            assertThat(types).as(where).containsExactly("number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            assertThat(types).as(where).containsExactly("boolean");
        } else if (Collection.class.isAssignableFrom(raw)) {
            assertThat(types).as(where).containsExactly("array");
            Type element = ((ParameterizedType) javaType).getActualTypeArguments()[0];
            checkJsonType(where + "[]", element, propertySchema.path("items"));
        } else if (raw.isRecord()) {
            assertThat(types).as(where).containsExactly("object");
        } else {
            throw new AssertionError(where + ": no JSON mapping known for " + javaType);
        }
    }

    // ---------------------------------------------------------------- schema identity, catalog

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("events")
    void schemaAndRecordAreIdentifiedByTheCatalogType(EventType event) throws ReflectiveOperationException {
        JsonNode schema = schemaNode(event);

        assertThat(event.type()).matches(TYPE_PATTERN);
        assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.path("$id").asText())
                .endsWith(event.type() + ".schema.json")
                .isEqualTo(SCHEMA_ID_PREFIX + event.type() + ".schema.json");
        assertThat(schema.path("title").asText()).isEqualTo(event.recordType().getSimpleName());
        assertThat(schema.path("description").asText()).isNotBlank();
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.findValues("additionalProperties"))
                .as("consumers must ignore unknown fields: no additionalProperties anywhere")
                .isEmpty();

        Field typeField = event.recordType().getField("TYPE");
        assertThat(Modifier.isStatic(typeField.getModifiers())).isTrue();
        assertThat(typeField.get(null)).isEqualTo(event.type());
        assertThat(EventCatalog.of(event.recordType())).isEqualTo(event);
        assertThat(EventCatalog.byType(event.type())).contains(event);
        assertThat(event.topic()).isNotBlank();
    }

    @Test
    void catalogTypesAndRecordsAreUnique() {
        List<EventType> all = EventCatalog.all();
        assertThat(all).isNotEmpty();
        assertThat(all.stream().map(EventType::type)).doesNotHaveDuplicates();
        assertThat(all.stream().map(EventType::recordType)).doesNotHaveDuplicates();
    }

    @Test
    void everySchemaAndSampleBelongsToACataloguedType() throws IOException, URISyntaxException {
        Set<String> types = EventCatalog.all().stream().map(EventType::type).collect(Collectors.toSet());

        Set<String> schemaTypes = new HashSet<>();
        for (String file : listResources("/schemas")) {
            assertThat(file).as("file in /schemas").endsWith(".schema.json");
            schemaTypes.add(file.substring(0, file.length() - ".schema.json".length()));
        }
        Set<String> sampleTypes = new HashSet<>();
        for (String file : listResources("/samples")) {
            assertThat(file).as("file in /samples").endsWith(".json");
            sampleTypes.add(file.substring(0, file.length() - ".json".length()));
        }

        assertThat(schemaTypes).as("schemas vs catalogue").containsExactlyInAnyOrderElementsOf(types);
        assertThat(sampleTypes).as("samples vs catalogue").containsExactlyInAnyOrderElementsOf(types);
    }

    // ---------------------------------------------------------------- negative checks

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("events")
    void removingARequiredPropertyFailsValidation(EventType event) {
        JsonSchema schema = schema(event);
        forEachObjectSchema(schemaNode(event), "", (pointer, objectSchema) -> {
            for (String required : texts(objectSchema.path("required"))) {
                ObjectNode broken = sample(event);
                ((ObjectNode) broken.at(pointer)).remove(required);
                assertThat(schema.validate(broken))
                        .as("%s without %s/%s", event.type(), pointer, required)
                        .anySatisfy(m -> assertThat(m.getMessage()).contains(required));
            }
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("events")
    void aWronglyTypedPropertyFailsValidation(EventType event) {
        JsonSchema schema = schema(event);
        forEachProperty(schemaNode(event), "", (pointer, propertySchema) -> {
            Set<String> types = jsonTypes(propertySchema);
            JsonNode wrong = types.contains("string") || types.contains("object") || types.contains("array")
                    ? IntNode.valueOf(42)
                    : TextNode.valueOf("42");
            ObjectNode broken = sample(event);
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) broken.at(pointer.substring(0, slash))).set(pointer.substring(slash + 1), wrong);
            assertThat(schema.validate(broken))
                    .as("%s with %s = %s", event.type(), pointer, wrong)
                    .isNotEmpty();
        });
    }

    @Test
    void constraintsRejectMalformedValues() {
        assertInvalid("suqiu.grievance.received.v1", s -> s.put("trackingNo", "SQ2026112K7F3QX"));
        assertInvalid("suqiu.grievance.received.v1", s -> s.put("trackingNo", "SQ20261122k7f3qx"));
        assertInvalid("suqiu.grievance.received.v1", s -> s.put("channel", "FAX"));
        assertInvalid("suqiu.grievance.received.v1", s -> s.put("receivedAt", "2026-11-22 10:30"));
        assertInvalid("suqiu.grievance.received.v1", s -> s.put("receivedAt", 1795833000));
        assertInvalid("suqiu.grievance.received.v1", s -> s.put("text", ""));
        assertInvalid("suqiu.grievance.received.v1", s -> s.put("text", "噪".repeat(5001)));
        assertInvalid("suqiu.grievance.received.v1", s -> s.put("grievanceId", ""));
        assertInvalid("suqiu.grievance.received.v1", s -> ((ObjectNode) s.get("location")).put("lat", 90.5));
        assertInvalid("suqiu.grievance.received.v1", s -> ((ObjectNode) s.get("location")).put("lng", -180.5));
        assertInvalid("suqiu.grievance.received.v1", s -> ((ObjectNode) s.get("location")).put("crs", "BD09"));
        assertInvalid("suqiu.grievance.assigned.v1", s -> s.put("confidence", 1.01));
        assertInvalid("suqiu.grievance.assigned.v1", s -> s.put("confidence", -0.01));
        assertInvalid("suqiu.grievance.assigned.v1", s -> s.put("jurisdictionCode", "33048"));
        assertInvalid("suqiu.grievance.assigned.v1", s -> s.put("jurisdictionCode", "3304831020"));
        assertInvalid("suqiu.grievance.assigned.v1", s -> s.put("jurisdictionCode", "33048310200X"));
        assertInvalid("suqiu.unit.changed.v1", s -> s.put("version", -1));
        assertInvalid("suqiu.unit.changed.v1", s -> s.put("version", 1.5));
        assertInvalid("suqiu.unit.changed.v1", s -> s.putNull("escalationContacts"));
        assertInvalid("suqiu.unit.changed.v1", s -> s.put("kind", "COMMITTEE"));
        assertInvalid("suqiu.case.overdue.v1", s -> s.put("level", 0));
        assertInvalid("suqiu.case.overdue.v1", s -> s.put("deadline", "REPLY"));

        assertValid("suqiu.grievance.assigned.v1", s -> s.put("jurisdictionCode", "330483"));
        assertValid("suqiu.grievance.assigned.v1", s -> s.put("jurisdictionCode", "330483102001"));
        assertValid("suqiu.grievance.assigned.v1", s -> s.put("confidence", 1));
        assertValid("suqiu.unit.changed.v1", s -> s.putArray("escalationContacts"));
        assertValid("suqiu.grievance.received.v1", s -> s.put("receivedAt", "2026-11-22T02:30:00.123456789Z"));
        assertValid("suqiu.grievance.received.v1", s -> s.putObject("contact").putNull("phone"));
    }

    // ---------------------------------------------------------------- Jackson 3 defaults

    @Test
    void jackson3WritesInstantsAsIsoStringsByDefault() {
        JsonMapper defaults = JsonMapper.builder().build();

        assertThat(defaults.isEnabled(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();
        assertThat(defaults.writeValueAsString(Instant.parse("2026-11-22T02:30:00Z")))
                .isEqualTo("\"2026-11-22T02:30:00Z\"");
        assertThat(defaults.writeValueAsString(Instant.parse("2026-11-22T02:30:00.123456Z")))
                .isEqualTo("\"2026-11-22T02:30:00.123456Z\"");
        assertThat(defaults.readValue("\"2026-11-22T02:30:00Z\"", Instant.class))
                .isEqualTo(Instant.parse("2026-11-22T02:30:00Z"));
    }

    // ---------------------------------------------------------------- helpers

    private void assertInvalid(String type, Consumer<ObjectNode> change) {
        EventType event = EventCatalog.byType(type).orElseThrow();
        ObjectNode broken = sample(event);
        change.accept(broken);
        assertThat(schema(event).validate(broken)).as("%s should be invalid: %s", type, broken).isNotEmpty();
    }

    private void assertValid(String type, Consumer<ObjectNode> change) {
        EventType event = EventCatalog.byType(type).orElseThrow();
        ObjectNode changed = sample(event);
        change.accept(changed);
        assertValid(schema(event), changed, type + " changed to " + changed);
    }

    private static void assertValid(JsonSchema schema, JsonNode instance, String what) {
        Set<ValidationMessage> errors = schema.validate(instance);
        assertThat(errors).as("%s should validate", what).isEmpty();
    }

    /** Whether the schema accepts the sample with the value at {@code pointer} set to null. */
    private boolean acceptsNull(EventType event, String pointer) {
        ObjectNode changed = sample(event);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = changed.at(pointer.substring(0, slash));
        assertThat(parent.isObject()).as("%s: sample has no object at %s", event.type(), pointer).isTrue();
        ((ObjectNode) parent).set(pointer.substring(slash + 1), NullNode.getInstance());
        return schema(event).validate(changed).isEmpty();
    }

    /** The properties of the top-level schema whose value may be null. */
    private List<String> optionalProperties(EventType event) {
        return names(schemaNode(event).path("properties")).stream()
                .filter(name -> acceptsNull(event, "/" + name))
                .toList();
    }

    /** Calls {@code action} for every property (JSON pointer, property schema), nested ones too. */
    private static void forEachProperty(JsonNode objectSchema, String pointer,
            java.util.function.BiConsumer<String, JsonNode> action) {
        for (Map.Entry<String, JsonNode> property : objectSchema.path("properties").properties()) {
            String propertyPointer = pointer + "/" + property.getKey();
            action.accept(propertyPointer, property.getValue());
            if (property.getValue().has("properties")) {
                forEachProperty(property.getValue(), propertyPointer, action);
            }
        }
    }

    /** Calls {@code action} for the top-level object schema and every nested one. */
    private static void forEachObjectSchema(JsonNode objectSchema, String pointer,
            java.util.function.BiConsumer<String, JsonNode> action) {
        action.accept(pointer, objectSchema);
        for (Map.Entry<String, JsonNode> property : objectSchema.path("properties").properties()) {
            if (property.getValue().has("properties")) {
                forEachObjectSchema(property.getValue(), pointer + "/" + property.getKey(), action);
            }
        }
    }

    private static Set<String> jsonTypes(JsonNode propertySchema) {
        JsonNode type = propertySchema.path("type");
        Set<String> types = new LinkedHashSet<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new AssertionError("unsupported type " + type);
    }

    private static JsonSchema schema(EventType event) {
        return FACTORY.getSchema(schemaNode(event), CONFIG);
    }

    private static JsonNode schemaNode(EventType event) {
        return tree(event.schemaResource());
    }

    /** A fresh, mutable copy of the sample. */
    private static ObjectNode sample(EventType event) {
        JsonNode sample = tree(event.sampleResource());
        assertThat(sample.isObject()).as(event.sampleResource()).isTrue();
        return (ObjectNode) sample;
    }

    private static JsonNode tree(String resource) {
        try {
            return TREES.readTree(text(resource));
        } catch (IOException e) {
            throw new AssertionError("cannot parse " + resource, e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = EventContractTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + resource, e);
        }
    }

    /** File names in a classpath directory, from a directory or a jar. */
    private static List<String> listResources(String directory) throws IOException, URISyntaxException {
        URI uri = EventContractTest.class.getResource(directory).toURI();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return fileNames(fs.getPath(directory));
            }
        }
        return fileNames(Path.of(uri));
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
