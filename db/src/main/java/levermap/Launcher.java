package levermap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with Bolt on loopback only, authentication on, and the limits
 * Neo4j leaves unset by default. Usage: Launcher DATA_DIR BOLT_PORT PASSWORD_FILE.
 * Prints "LEVERMAP_NEO4J_READY" once Bolt accepts connections; stops cleanly on SIGTERM.
 */
public final class Launcher {
    /** Its own start-up work (the password, a first query) may take long on a busy machine or after a crash. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Launcher DATA_DIR BOLT_PORT PASSWORD_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = Files.readString(Path.of(args[2])).trim();
        long txTimeoutSeconds = Long.parseLong(System.getenv().getOrDefault("LEVERMAP_TX_TIMEOUT_SECONDS", "30"));
        long txMemoryMb = Long.parseLong(System.getenv().getOrDefault("LEVERMAP_TX_MEMORY_MB", "512"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMb))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMemoryMb * 4))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        try {
            // The password lives in a mode-600 file beside the data; re-applying it each start keeps the two in step.
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password),
                        r -> null, START_TIMEOUT);
            } catch (RuntimeException e) {
                if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
            }
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(
                    "RETURN 1", Map.of(), r -> null, START_TIMEOUT);
        } catch (RuntimeException e) {
            System.err.println("LEVERMAP_NEO4J_FAILED " + e.getMessage());
            dbms.shutdown();
            System.exit(1);
        }
        System.out.println("LEVERMAP_NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
