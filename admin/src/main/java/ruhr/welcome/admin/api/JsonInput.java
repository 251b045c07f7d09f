package ruhr.welcome.admin.api;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds a request body strictly: an unknown field (a typo, or a status sent with the content) is
 * refused instead of silently ignored, and a wrong type names the field.
 */
final class JsonInput {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private JsonInput() {
    }

    static <T> T bind(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw ApiErrors.InvalidInput.field("body", "must be a JSON object");
        }
        try {
            return STRICT.treeToValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiErrors.InvalidInput.field(path(e), "unknown field");
        } catch (JacksonException e) {
            throw ApiErrors.InvalidInput.field(path(e), "wrong type or format");
        }
    }

    /** {@code texts.de.links[0].url} from Jackson's path. */
    static String path(JacksonException e) {
        var out = new StringBuilder();
        List<JacksonException.Reference> path = e.getPath();
        for (var reference : path) {
            if (reference.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }
}
