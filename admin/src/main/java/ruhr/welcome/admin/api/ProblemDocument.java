package ruhr.welcome.admin.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import ruhr.welcome.knowledge.faq.exchange.ImportProblem;

/** The shape of the API's problem details, for the OpenAPI description only. */
@Schema(name = "Problem", description = "RFC 9457 problem details; `type` tells the kind, `detail` is for people.")
record ProblemDocument(
        @Schema(description = "the kind of problem", example = Problems.TYPE_PREFIX + "validation") String type,
        @Schema(description = "short summary of the kind") String title,
        int status,
        @Schema(description = "what went wrong this time, for people") String detail,
        @Schema(description = "validation: every invalid field and why") List<Problems.FieldProblem> errors,
        @Schema(description = "import-rejected: every problem of the file") List<ImportProblem> problems,
        @Schema(description = "version-conflict: the entry's version now") Integer currentVersion,
        @Schema(description = "not-found, version-conflict: the entry concerned") String key) {
}
