package ruhr.welcome.admin.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The served OpenAPI description matches the routes the app really has, with their security and problems. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiRouteIsDescribedAndEveryDescribedRouteExists() throws Exception {
        JsonNode doc = document();
        Set<String> described = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().equals(ApiSecurity.class.getPackageName())) {
                return;
            }
            info.getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods()
                    .forEach(verb -> routes.add(verb.name() + " " + pattern)));
        });

        assertThat(routes).isNotEmpty().allMatch(route -> route.contains(" /api/v1/"));
        assertThat(described).isEqualTo(routes);
    }

    @Test
    void itIsOpenApi31WithTheBearerSchemeAndProblemResponses() throws Exception {
        JsonNode doc = document();
        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        assertThat(doc.at("/components/securitySchemes/token/scheme").asString()).isEqualTo("bearer");
        assertThat(doc.at("/security/0").has("token")).isTrue();
        assertThat(doc.at("/components/schemas/Problem/properties").has("errors")).isTrue();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            assertThat(responses.has("401")).as(operation.getKey() + " " + path.getKey()).isTrue();
            assertThat(responses.at("/401/content").has("application/problem+json")).isTrue();
            if (!operation.getKey().equals("get")) {
                assertThat(responses.has("403")).as(operation.getKey() + " " + path.getKey()).isTrue();
            }
        }));
    }

    private JsonNode document() throws Exception {
        String body = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // kept for people reading the build output
        Files.writeString(Path.of("target", "openapi.json"), body);
        return JsonMapper.shared().readTree(body);
    }
}
