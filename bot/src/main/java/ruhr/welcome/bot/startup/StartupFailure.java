package ruhr.welcome.bot.startup;

import java.io.PrintStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns whatever stopped start-up into one line an operator can act on: which setting, port or
 * database is at fault, and the environment variable to change. Never prints setting values,
 * since some of them are secrets.
 */
public final class StartupFailure {

    private StartupFailure() {
    }

    public static void report(Throwable failure, PrintStream out) {
        String reason = describe(failure);
        if (reason == null) {
            failure.printStackTrace(out);
            reason = "unexpected error: " + rootCause(failure);
        }
        out.println("welcome-bot could not start: " + reason);
        out.flush();
    }

    /** One line naming the cause, or null when the failure is not one we recognise. */
    public static String describe(Throwable failure) {
        // the most specific cause wins: a validation error sits inside the bind error that reports it
        if (find(failure, BindValidationException.class) instanceof BindValidationException invalid) {
            return describeValidation(invalid);
        }
        if (find(failure, BindException.class) instanceof BindException bind) {
            // a leaf setting names its variable; a rule across several settings names their group
            if (bind.getProperty() != null) {
                String name = bind.getProperty().getName().toString();
                return "invalid setting " + name + " (env " + envName(name) + "): " + message(bind.getCause());
            }
            return "invalid settings " + bind.getName() + ".*: " + message(bind.getCause());
        }
        if (find(failure, PortInUseException.class) instanceof PortInUseException portInUse) {
            return "port " + portInUse.getPort() + " is already in use (setting server.port, env SERVER_PORT)";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isConnectionFailure(sql)) {
                return "database unreachable (setting spring.datasource.url, env SPRING_DATASOURCE_URL): "
                        + firstLine(sql.getMessage());
            }
        }
        return null;
    }

    private static Throwable find(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String describeValidation(BindValidationException invalid) {
        var errors = invalid.getValidationErrors();
        ObjectError first = errors.getAllErrors().getFirst();
        String name = errors.getName().toString();
        if (first instanceof FieldError field) {
            name = name + "." + toKebab(field.getField());
        }
        return "invalid setting " + name + " (env " + envName(name) + "): " + first.getDefaultMessage();
    }

    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && state.startsWith("08")) {
            return true;
        }
        for (Throwable t = sql.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** {@code welcome.embedded-db.dir} becomes {@code WELCOME_EMBEDDED_DB_DIR}, a form Spring binds. */
    static String envName(String property) {
        return property.replaceAll("\\[\\d+]", "")
                .replace('.', '_').replace('-', '_')
                .toUpperCase(Locale.ROOT);
    }

    private static String toKebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String message(Throwable t) {
        Throwable root = t == null ? null : rootCauseThrowable(t);
        return root == null ? "not a valid value" : firstLine(root.getMessage());
    }

    private static String rootCause(Throwable t) {
        Throwable root = rootCauseThrowable(t);
        return root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
    }

    private static Throwable rootCauseThrowable(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "(no detail)";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
