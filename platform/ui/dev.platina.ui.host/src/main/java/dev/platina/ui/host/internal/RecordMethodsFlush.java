package dev.platina.ui.host.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.runtime.ObjectMethods;

/**
 * Works around a JDK 17 leak: the method handles behind records' equals/hashCode/toString live in static fields of
 * {@link ObjectMethods}, and each keeps the last type it was adapted to in a one-entry cache. After a skill's record
 * (say a row of its view) was compared, that cache holds the skill's class, and with it its class loader, until
 * another record class is bootstrapped. Bootstrapping this platform record refills the caches with platform types.
 */
final class RecordMethodsFlush {

    /** Its component is a String so the handles for reference components are refilled as well. */
    private record Flush(String text) {
    }

    private RecordMethodsFlush() {
    }

    static void run() throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle getter = lookup.findGetter(Flush.class, "text", String.class);
        try {
            ObjectMethods.bootstrap(lookup, "equals", MethodType.methodType(boolean.class, Flush.class, Object.class),
                    Flush.class, "text", getter);
            ObjectMethods.bootstrap(lookup, "hashCode", MethodType.methodType(int.class, Flush.class), Flush.class,
                    "text", getter);
            ObjectMethods.bootstrap(lookup, "toString", MethodType.methodType(String.class, Flush.class),
                    Flush.class, "text", getter);
        } catch (Throwable e) {
            throw new ReflectiveOperationException("ObjectMethods.bootstrap failed", e);
        }
    }
}
