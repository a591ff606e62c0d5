package dev.newsroom.stack.process;

import picocli.CommandLine;

/** Runs a stack server's picocli command as a process's {@code main}. */
public final class ServerMain {

    private ServerMain() {
    }

    /**
     * Executes {@code command} and exits with its code. A failure prints its stack trace (unless it is a
     * {@link StartFailure}) and then one line with the reason, so the end of the process log (which {@code up} shows)
     * says what went wrong.
     */
    public static void run(String name, Object command, String[] args) {
        LogbackConfig.useStackConfigUnlessSet();
        int exitCode = new CommandLine(command)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    if (!(e instanceof StartFailure)) {
                        e.printStackTrace(commandLine.getErr());
                    }
                    commandLine.getErr().println(name + " failed: " + e.getMessage());
                    return 1;
                })
                .execute(args);
        System.exit(exitCode);
    }
}
