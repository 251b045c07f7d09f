package ruhr.welcome.admin.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A step of the workflow: draft to review, review to published or back to draft, published to draft. */
@Schema(name = "StatusInput")
record StatusInput(@Schema(description = "draft, review or published") String status,
                   @Schema(description = "the version the change is based on (or send If-Match)") Integer version) {
}
