package ruhr.welcome.knowledge.faq.exchange;

/** Lets tests in other packages read the shipped starter FAQ. */
public final class StarterContentAccess {

    private StarterContentAccess() {
    }

    public static FaqFile load() {
        return StarterContent.load();
    }
}
