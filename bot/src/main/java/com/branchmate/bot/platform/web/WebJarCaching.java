package com.branchmate.bot.platform.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * WebJars: a URL that names the version (/webjars/vue/3.5.26/...) is one file forever, so the browser keeps it for a
 * year without asking; a version-less one (resolved by the locator) is checked each time, as our own files are.
 */
@Configuration(proxyBeanMethods = false)
class WebJarCaching implements WebMvcConfigurer {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** /webjars/{name}/{version}/...: a version starts with a digit. */
    private static final Pattern VERSIONED = Pattern.compile("^/webjars/[^/]+/\\d[^/]*/.+");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                response.setHeader(HttpHeaders.CACHE_CONTROL, VERSIONED.matcher(path).matches() ? IMMUTABLE : "no-cache");
                return true;
            }
        }).addPathPatterns("/webjars/**");
    }
}
