package dev.platina.skill.caldav.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a fresh {@link Radicale} with one calendar for each test that asks for one as a parameter, and stops it
 * and removes its storage after the test.
 */
final class RadicaleExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(RadicaleExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Radicale.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(SPACE).getOrComputeIfAbsent("radicale", key -> {
            try {
                Path home = Files.createTempDirectory("radicale");
                var radicale = new Radicale(home);
                radicale.start();
                radicale.makeCalendar();
                context.getStore(SPACE).put("home", home);
                return radicale;
            } catch (IOException e) {
                throw new IllegalStateException("Could not start Radicale", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, Radicale.class);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Radicale radicale = context.getStore(SPACE).remove("radicale", Radicale.class);
        if (radicale != null) {
            radicale.stop();
        }
        Path home = context.getStore(SPACE).remove("home", Path.class);
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
