package org.carebridge.advisory;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written by hand: REST clients refuse to send what a prober sends (a 10 KB request line, "%zz" in a path,
 * 11 MB bodies), and the server's answer to exactly that is under test.
 */
record RawHttp(int status, String head, String body) {

    static RawHttp send(String requestHead, byte[] body) throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestHead + "Host: localhost\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedEarly) {
                // the server answered and closed before the whole body was sent: its answer is still to be read
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            return new RawHttp(Integer.parseInt(head.split(" ")[1]), head.toLowerCase(Locale.ROOT),
                    split < 0 ? "" : text.substring(split + 4));
        }
    }
}
