package dev.newsroom.cli.text;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether this process talks to a person at a terminal, so that progress frames ({@code \r} redraws) make sense. */
public final class Terminal {

    private Terminal() {
    }

    /**
     * True when standard input and output are a terminal. Up to Java 21 {@link System#console()} is null
     * otherwise; from Java 22 it may exist anyway and {@code Console.isTerminal()} answers.
     */
    public static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
