package dev.newsroom.stack.process;

import picocli.CommandLine.Option;

/** Options every stack server process takes (a picocli mixin). */
public final class ServerOptions {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
    public String host;

    @Option(names = "--stop-with-parent", description = "exit when the process that started this one exits")
    public boolean stopWithParent;
}
