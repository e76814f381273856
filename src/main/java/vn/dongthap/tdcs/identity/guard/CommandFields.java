package vn.dongthap.tdcs.identity.guard;

import java.lang.reflect.Field;

/**
 * Reads a field of an engine command. The engine's commands expose their arguments only as
 * protected fields; the guard tests fail at once if an upgrade renames one.
 */
final class CommandFields {

    private CommandFields() {
    }

    @SuppressWarnings("unchecked")
    static <T> T get(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(command);
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
    }
}
