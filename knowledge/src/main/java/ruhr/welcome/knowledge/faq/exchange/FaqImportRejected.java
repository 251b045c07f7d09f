package ruhr.welcome.knowledge.faq.exchange;

import java.util.List;
import java.util.stream.Collectors;

/** A file with at least one problem: nothing of it was imported. */
public class FaqImportRejected extends RuntimeException {

    private final List<ImportProblem> problems;

    public FaqImportRejected(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), nothing imported:\n"
                + problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
