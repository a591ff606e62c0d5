package dev.newsroom.store.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters the endpoint does not take ({@code actor[$ne]}, a misspelt {@code pgae}), so a filter
 * the caller believes applied is never silently ignored: 400 naming the parameter and the accepted ones.
 */
class KnownParameters implements HandlerInterceptor {

    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        List<String> accepted = accepted(method);
        for (String name : request.getParameterMap().keySet()) {
            if (!accepted.contains(name)) {
                throw new InvalidParameterException(name, accepted.isEmpty()
                        ? "this endpoint takes no query parameters"
                        : "not a parameter of this endpoint, which takes " + String.join(", ", accepted));
            }
        }
        return true;
    }

    private static List<String> accepted(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .map(p -> {
                    RequestParam param = p.getParameterAnnotation(RequestParam.class);
                    return param == null ? null : !param.name().isEmpty() ? param.name() : nameOf(p);
                })
                .filter(Objects::nonNull).toList();
    }

    private static String nameOf(MethodParameter parameter) {
        parameter.initParameterNameDiscovery(NAMES);
        return parameter.getParameterName();
    }
}
