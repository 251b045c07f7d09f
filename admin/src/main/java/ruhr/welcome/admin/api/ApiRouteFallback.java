package ruhr.welcome.admin.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors under {@code /api/v1} that happen before any API controller is chosen (no such route,
 * wrong method, wrong media type) are problem details too, not the generic error page. Requests
 * elsewhere are left to the usual handling.
 */
@Component
class ApiRouteFallback implements HandlerExceptionResolver, Ordered {

    private final ApiProblems problems;

    ApiRouteFallback(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(ApiSecurity.BASE + "/") || handler instanceof HandlerMethod) {
            return null;
        }
        try {
            var entity = problems.handleException(ex, new ServletWebRequest(request, response));
            if (entity == null || !(entity.getBody() instanceof ProblemDetail problem)) {
                return null;
            }
            if (problem.getStatus() == HttpStatus.NOT_FOUND.value()) {
                problem = Problems.of(HttpStatus.NOT_FOUND, "no-route", "No such route",
                        "There is no " + request.getMethod() + " " + path + "; see " + ApiSecurity.OPENAPI + ".");
            }
            entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            Problems.write(response, problem);
            return new ModelAndView();
        } catch (Exception notOurs) {
            return null;
        }
    }
}
