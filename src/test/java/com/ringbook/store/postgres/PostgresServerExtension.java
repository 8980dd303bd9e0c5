package com.ringbook.store.postgres;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class a fresh, empty database of its own on the JVM's test PostgreSQL
 * ({@link PostgresServer#shared()}), and drops it after the class. Tests take it as a parameter
 * ({@code PostgresServer.Database db}) of a test, {@code @BeforeAll} or {@code @BeforeEach} method.
 *
 * <pre>{@code
 * @ExtendWith(PostgresServerExtension.class)
 * class SomethingOnPostgresTest {
 *     @Test void works(PostgresServer.Database db) throws Exception { try (var c = db.connect()) { ... } }
 * }
 * }</pre>
 *
 * <p>With no PostgreSQL on the machine the class's tests fail (they are not skipped), saying what to install.
 */
public final class PostgresServerExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresServerExtension.class);
    private static final String KEY = "database";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (isNested(context)) {
            return;
        }
        classStore(context).put(KEY, PostgresServer.shared().createDatabase());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (isNested(context)) {
            return;
        }
        PostgresServer.Database db = classStore(context).remove(KEY, PostgresServer.Database.class);
        if (db != null) {
            db.server().drop(db);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresServer.Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return classStore(context).get(KEY, PostgresServer.Database.class);
    }

    /** A {@code @Nested} class uses its enclosing class's database. */
    private static boolean isNested(ExtensionContext classContext) {
        return classContext.getParent().flatMap(ExtensionContext::getParent).isPresent();
    }

    /** The store of the outermost class context, so nested classes and methods share the class's database. */
    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getParent().isPresent() && c.getParent().get().getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c.getStore(NAMESPACE);
    }
}
