package dev.helpdesk.storage.jdbc.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.domain.ticket.Attachment;
import dev.helpdesk.core.domain.ticket.AttachmentId;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.port.StorageException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The JSON columns: field values, a message's attachments, id sets and outbox events. */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // records may have derived accessors (FieldRef.isCustom()) that are written but are no component
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final String EMPTY_OBJECT = "{}";
    private static final int MAX_FIELD_REFS = 1_000;
    private static final ConcurrentMap<String, FieldRef> FIELD_REFS = new ConcurrentHashMap<>();

    private Json() {
    }

    /** {"priority":{"choice":"high"},"custom.os":{"choices":["linux"]},…}: one key per value kind. */
    static String fields(Map<FieldRef, FieldValue> fields) {
        ObjectNode root = MAPPER.createObjectNode();
        fields.forEach((field, value) -> {
            ObjectNode node = root.putObject(field.name());
            if (value instanceof FieldValue.TextValue) {
                node.put("text", ((FieldValue.TextValue) value).text());
            } else if (value instanceof FieldValue.NumberValue) {
                node.put("number", ((FieldValue.NumberValue) value).number().toPlainString());
            } else if (value instanceof FieldValue.DateValue) {
                node.put("date", ((FieldValue.DateValue) value).date().toString());
            } else if (value instanceof FieldValue.ChoiceValue) {
                node.put("choice", ((FieldValue.ChoiceValue) value).code());
            } else if (value instanceof FieldValue.ChoicesValue) {
                ArrayNode codes = node.putArray("choices");
                ((FieldValue.ChoicesValue) value).codes().forEach(codes::add);
            } else if (value instanceof FieldValue.CheckboxValue) {
                node.put("checked", ((FieldValue.CheckboxValue) value).checked());
            } else {
                throw new IllegalStateException("unhandled field value " + value.getClass());
            }
        });
        return write(root);
    }

    /**
     * Read with a streaming parser, not as a tree: every ticket row of a list passes here (issue 11's profile found
     * the tree and the field names' checks a tenth of a list page). Field names repeat, so each is checked once.
     */
    static Map<FieldRef, FieldValue> fields(String json) {
        Map<FieldRef, FieldValue> fields = new LinkedHashMap<>();
        if (EMPTY_OBJECT.equals(json)) {
            return fields;
        }
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                FieldRef field = fieldRef(parser.currentName());
                expect(parser.nextToken(), JsonToken.START_OBJECT);
                expect(parser.nextToken(), JsonToken.FIELD_NAME);
                String kind = parser.currentName();
                parser.nextToken();
                FieldValue value = switch (kind) {
                    case "text" -> new FieldValue.TextValue(parser.getText());
                    case "number" -> new FieldValue.NumberValue(new BigDecimal(parser.getText()));
                    case "date" -> new FieldValue.DateValue(LocalDate.parse(parser.getText()));
                    case "choice" -> new FieldValue.ChoiceValue(parser.getText());
                    case "choices" -> new FieldValue.ChoicesValue(codes(parser));
                    case "checked" -> new FieldValue.CheckboxValue(parser.getBooleanValue());
                    default -> throw new StorageException("a field value of unknown kind '" + kind + "'", null);
                };
                expect(parser.nextToken(), JsonToken.END_OBJECT);
                fields.put(field, value);
            }
            return fields;
        } catch (IOException e) {
            throw new StorageException("a JSON column holds invalid JSON", e);
        }
    }

    private static TreeSet<String> codes(JsonParser parser) throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
            codes.add(parser.getText());
        }
        return codes;
    }

    private static void expect(JsonToken found, JsonToken wanted) {
        if (found != wanted) {
            throw new StorageException("a JSON column holds " + found + " where " + wanted + " belongs", null);
        }
    }

    /** The field names seen, each checked once; bounded, as a database could hold any number of names. */
    private static FieldRef fieldRef(String name) {
        FieldRef known = FIELD_REFS.get(name);
        if (known != null) {
            return known;
        }
        FieldRef checked = new FieldRef(name);
        if (FIELD_REFS.size() < MAX_FIELD_REFS) {
            FIELD_REFS.putIfAbsent(name, checked);
        }
        return checked;
    }

    static String attachments(List<Attachment> attachments) {
        ArrayNode root = MAPPER.createArrayNode();
        for (Attachment attachment : attachments) {
            root.addObject()
                    .put("id", attachment.id().value())
                    .put("name", attachment.fileName())
                    .put("size", attachment.size())
                    .put("type", attachment.contentType())
                    .put("sha256", attachment.sha256());
        }
        return write(root);
    }

    static List<Attachment> attachments(String json) {
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode node : read(json)) {
            attachments.add(new Attachment(AttachmentId.of(node.get("id").asText()), node.get("name").asText(),
                    node.get("size").asLong(), node.get("type").asText(), node.get("sha256").asText()));
        }
        return attachments;
    }

    static String strings(Iterable<String> values) {
        ArrayNode root = MAPPER.createArrayNode();
        values.forEach(root::add);
        return write(root);
    }

    static List<String> strings(String json) {
        List<String> values = new ArrayList<>();
        read(json).forEach(node -> values.add(node.asText()));
        return values;
    }

    static String categories(Set<CategoryId> ids) {
        return strings(ids.stream().map(CategoryId::value).sorted().toList());
    }

    static Set<CategoryId> categories(String json) {
        Set<CategoryId> ids = new LinkedHashSet<>();
        strings(json).forEach(id -> ids.add(CategoryId.of(id)));
        return ids;
    }

    static String teams(Set<TeamId> ids) {
        return strings(ids.stream().map(TeamId::value).sorted().toList());
    }

    static Set<TeamId> teams(String json) {
        Set<TeamId> ids = new LinkedHashSet<>();
        strings(json).forEach(id -> ids.add(TeamId.of(id)));
        return ids;
    }

    /** An event as JSON; its class name is stored beside it. */
    static String event(DomainEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write event " + event.type() + " as JSON", e);
        }
    }

    /** Reads an event back; only classes that are domain events are ever instantiated. */
    static DomainEvent event(String className, String json) {
        try {
            Class<?> type = Class.forName(className, false, Json.class.getClassLoader());
            if (!DomainEvent.class.isAssignableFrom(type)) {
                throw new StorageException("outbox row names " + className + ", which is not a domain event", null);
            }
            return (DomainEvent) MAPPER.readValue(json, type);
        } catch (ClassNotFoundException | JsonProcessingException e) {
            throw new StorageException("cannot read outbox event of class " + className, e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write JSON", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StorageException("a JSON column holds invalid JSON", e);
        }
    }
}
