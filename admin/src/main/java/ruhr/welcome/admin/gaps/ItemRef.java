package ruhr.welcome.admin.gaps;

import java.util.Optional;
import java.util.regex.Pattern;

/** An inbox item as forms name it: {@code q<id>} for a logged question, {@code p<id>} for a proposal. */
record ItemRef(boolean question, long id) {

    private static final Pattern FORMAT = Pattern.compile("([qp])([0-9]{1,18})");

    static Optional<ItemRef> parse(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        var m = FORMAT.matcher(ref.strip());
        return m.matches() ? Optional.of(new ItemRef(m.group(1).equals("q"), Long.parseLong(m.group(2)))) : Optional.empty();
    }

    @Override
    public String toString() {
        return (question ? "q" : "p") + id;
    }
}
