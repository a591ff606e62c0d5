package dev.newsroom.store.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error answers (a request line or headers over the connector's limit, a malformed request) as RFC 9457
 * problem JSON instead of Tomcat's HTML page. Errors of the application never get here: Spring answers them.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = detail(request, response, throwable, status);
        var problem = new java.util.LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", detail);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already committed: nothing more can be said
        }
    }

    private static String detail(Request request, Response response, Throwable throwable, int status) {
        String message = response.getMessage();
        if (status == 400 && throwable instanceof IllegalArgumentException && throwable.getMessage() != null
                && throwable.getMessage().contains("header")) {
            Object limit = request.getConnector().getProperty("maxHttpRequestHeaderSize");
            return "The request line and headers are larger than the " + (limit == null ? "" : limit + " bytes ")
                    + "the server accepts; send a shorter query string";
        }
        if (message != null && !message.isBlank()) {
            return message;
        }
        return throwable != null && throwable.getMessage() != null ? throwable.getMessage() : title(status);
    }

    private static String title(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
