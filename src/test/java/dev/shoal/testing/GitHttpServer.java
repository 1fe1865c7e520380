package dev.shoal.testing;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A git server over http on 127.0.0.1 that asks for basic auth and really serves the bare repos under a
 * folder: {@code git http-backend} as a CGI behind the JDK's small HTTP server.
 */
public final class GitHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final String user;

    private GitHttpServer(HttpServer server, ExecutorService threads, String user) {
        this.server = server;
        this.threads = threads;
        this.user = user;
    }

    /** Serves the bare repos under {@code root} to {@code user} with {@code password}; git runs with {@code env}. */
    public static GitHttpServer start(Path root, String user, String password, Map<String, String> env) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> serve(exchange, root, env)).setAuthenticator(new BasicAuthenticator("shoal-test") {
            @Override
            public boolean checkCredentials(String name, String typed) {
                return name.equals(user) && typed.equals(password);
            }
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.start();
        return new GitHttpServer(server, threads, user);
    }

    /** The URL of the repo {@code name} (a folder under the root), with the user name in it. */
    public String url(String name) {
        return "http://" + user + "@127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static void serve(HttpExchange exchange, Path root, Map<String, String> env) throws IOException {
        try (exchange) {
            Map<String, String> cgi = new HashMap<>(env);
            cgi.put("GIT_PROJECT_ROOT", root.toString());
            cgi.put("GIT_HTTP_EXPORT_ALL", "1");
            cgi.put("REQUEST_METHOD", exchange.getRequestMethod());
            cgi.put("PATH_INFO", exchange.getRequestURI().getPath());
            String query = exchange.getRequestURI().getRawQuery();
            cgi.put("QUERY_STRING", query == null ? "" : query);
            cgi.put("REMOTE_USER", exchange.getPrincipal().getUsername());
            cgi.put("REMOTE_ADDR", "127.0.0.1");
            header(exchange, "Content-Type").ifPresent(value -> cgi.put("CONTENT_TYPE", value));
            header(exchange, "Content-Length").ifPresent(value -> cgi.put("CONTENT_LENGTH", value));
            header(exchange, "Content-Encoding").ifPresent(value -> cgi.put("HTTP_CONTENT_ENCODING", value));
            header(exchange, "Git-Protocol").ifPresent(value -> cgi.put("HTTP_GIT_PROTOCOL", value));
            ProcessBuilder builder = new ProcessBuilder("git", "http-backend").redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().clear();
            builder.environment().putAll(cgi);
            Process backend = builder.start();
            Thread feeder = Thread.ofVirtual().start(() -> {
                try (OutputStream in = backend.getOutputStream(); InputStream body = exchange.getRequestBody()) {
                    body.transferTo(in);
                } catch (IOException e) {
                    // The backend stopped reading: its answer says why.
                }
            });
            InputStream out = backend.getInputStream();
            int status = 200;
            String line;
            while (!(line = headerLine(out)).isEmpty()) {
                int colon = line.indexOf(':');
                String name = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (name.equalsIgnoreCase("Status")) {
                    status = Integer.parseInt(value.split(" ")[0]);
                } else {
                    exchange.getResponseHeaders().add(name, value);
                }
            }
            exchange.sendResponseHeaders(status, 0);
            try (OutputStream response = exchange.getResponseBody()) {
                out.transferTo(response);
            }
            feeder.join();
            backend.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    private static String headerLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
