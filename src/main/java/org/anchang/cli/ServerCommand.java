package org.anchang.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.anchang.store.Database;
import org.h2.tools.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code server}: the office PC serves its database to the desks over the LAN (an H2 TCP server). The
 * database is migrated locally first, then served from the data directory ({@code -baseDir}), so that
 * {@code tcp://HOST:PORT/office} is {@code DIR/office.mv.db}; only an existing database is served
 * ({@code -ifExists}), so a mistyped name on a desk is an error, not a new empty office. Runs until killed.
 */
@Command(name = "server", mixinStandardHelpOptions = true, description = {"在案场主机上运行数据库服务,其他前台电脑用 --db tcp://主机:端口/office 连接(按 Ctrl-C 停止)。",
    "数据库文件必须放在本机的本地磁盘上,切勿放在网络共享盘(会损坏数据库)。"})
public final class ServerCommand implements Callable<Integer> {

    /** H2's usual TCP port. */
    public static final int DEFAULT_PORT = 9092;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "数据目录,须在本机本地磁盘上(默认为用户数据目录下的 anchang)")
    Path data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT, description = "监听端口(默认 ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port: 应为 0–65535,实为 " + port);
        }
        Path dir = (data != null ? data : DataOptions.defaultDirectory()).toAbsolutePath();
        Server server = start(dir, port, true);
        CountDownLatch stopped = new CountDownLatch(1);
        PrintWriter out = spec.commandLine().getOut();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            out.println("数据库服务已停止");
            out.flush();
            stopped.countDown();
        }, "anchang-server-stop"));
        out.println("案场数据库服务已启动: 端口 " + server.getPort() + ",数据库 " + dir.resolve("office.mv.db"));
        out.println("各前台电脑用以下任一参数连接本机:");
        for (String host : hosts()) {
            out.println("  --db tcp://" + host + ":" + server.getPort() + "/office");
        }
        out.println("数据库文件须留在本机本地磁盘上。按 Ctrl-C 停止服务。");
        out.flush();
        stopped.await();
        return 0;
    }

    /**
     * Migrates the office database in {@code dir} (creating it when missing), then serves it on {@code port}
     * (0: any free port; {@link Server#getPort()} tells which). With {@code lan} false only this PC may
     * connect; on which addresses the socket listens is H2's {@code h2.bindAddress} system property (all
     * when unset).
     */
    public static Server start(Path dir, int port, boolean lan) {
        try {
            Database.openFile(dir, Database.Durability.SYNC).close();
        } catch (RuntimeException e) {
            throw new BadInputException("无法打开 " + dir.resolve("office.mv.db") + "(是否已有程序在使用它?): " + firstLine(e));
        }
        List<String> args = new ArrayList<>(List.of("-tcpPort", String.valueOf(port), "-baseDir", dir.toAbsolutePath().toString(),
                "-ifExists"));
        if (lan) {
            args.add("-tcpAllowOthers");
        }
        try {
            return Server.createTcpServer(args.toArray(String[]::new)).start();
        } catch (SQLException e) {
            throw new BadInputException("--port: 无法在端口 " + port + " 上启动服务(端口已被占用?): " + firstLine(e));
        }
    }

    /** This PC's name and its LAN addresses (IPv4, not loopback), for the desks' {@code --db}. */
    private static List<String> hosts() {
        List<String> hosts = new ArrayList<>();
        try {
            hosts.add(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            // no name: the addresses will do
        }
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (ni.isUp() && !ni.isLoopback()) {
                    for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                        if (a instanceof java.net.Inet4Address) {
                            hosts.add(a.getHostAddress());
                        }
                    }
                }
            }
        } catch (SocketException e) {
            // no interfaces listed: the name will do
        }
        if (hosts.isEmpty()) {
            hosts.add("localhost");
        }
        return hosts;
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
