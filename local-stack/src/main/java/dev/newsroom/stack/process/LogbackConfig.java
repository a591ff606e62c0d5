package dev.newsroom.stack.process;

/** Selects the stack processes' logging configuration; call first thing in {@code main}. */
public final class LogbackConfig {

    static final String PROPERTY = "logback.configurationFile";
    public static final String STACK_CONFIG = "newsroom-stack-logback.xml";

    private LogbackConfig() {
    }

    public static void useStackConfigUnlessSet() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, STACK_CONFIG);
        }
    }
}
