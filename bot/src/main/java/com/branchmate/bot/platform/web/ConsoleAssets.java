package com.branchmate.bot.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * The console's own files (admin-web: pages, scripts, styles, the shared page head) carry one version, a hash of
 * all their bytes taken at start. Pages load /assets/&lt;version&gt;/js/... and /assets/&lt;version&gt;/css/...,
 * which the browser keeps for a year without asking; the pages themselves are checked each time (ETag).
 * One version for the whole set rather than one per file: modules import each other by relative paths
 * ({@code ../api.js}), so a page's script and everything it imports resolve inside the same versioned folder, and
 * no importer has to be rewritten when a file it imports changes. A URL naming an older version (a page loaded
 * just before a deploy) is redirected to the current one; the unversioned /js/ and /css/ paths still work,
 * revalidated as before.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleAssets implements WebMvcConfigurer {

    static final String PREFIX = "/assets/";
    static final String HEAD_INCLUDE = "console/head.html";

    private static final String LOCATION = "classpath:/META-INF/resources/";
    /** What the version covers: everything admin-web serves itself, plus the head that pages include. */
    private static final List<String> OWN_FILES = List.of("classpath*:META-INF/resources/*.html",
            "classpath*:META-INF/resources/js/**/*.js", "classpath*:META-INF/resources/css/**/*.css",
            "classpath*:" + HEAD_INCLUDE);
    private static final Pattern INCLUDE =
            Pattern.compile("[ \\t]*<!--#include " + Pattern.quote(HEAD_INCLUDE) + "-->\\n?");
    /** src/href of script and link tags that name our own files: these get the version. */
    private static final Pattern OWN_LINK =
            Pattern.compile("(<(?:script|link)\\b[^>]*?\\b(?:src|href)=\")/((?:js|css)/)");

    private final String version;
    private final String head;

    ConsoleAssets() {
        Map<String, byte[]> files = ownFiles();
        this.version = version(files);
        byte[] headBytes = files.get(HEAD_INCLUDE);
        this.head = headBytes == null ? "" : new String(headBytes, StandardCharsets.UTF_8);
    }

    /** The first 12 hex digits of SHA-256 over each file's path and bytes, in path order. */
    static String version(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (var file : new TreeMap<>(files).entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> ownFiles() {
        var resolver = new PathMatchingResourcePatternResolver();
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (String pattern : OWN_FILES) {
                for (Resource resource : resolver.getResources(pattern)) {
                    String url = resource.getURL().toString();
                    int at = url.lastIndexOf("META-INF/resources/");
                    String path = at >= 0 ? url.substring(at + "META-INF/resources/".length())
                            : url.substring(url.lastIndexOf(HEAD_INCLUDE));
                    files.put(path, resource.getContentAsByteArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/*.html")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache())
                // The page's bytes change with the version even when its file did not: compare content, not dates.
                .setUseLastModified(false)
                .setEtagGenerator(ConsoleAssets::etag)
                .resourceChain(true)
                .addTransformer(new PageTransformer());
        // Cache-Control for these is set by the interceptor below, which also redirects older versions.
        registry.addResourceHandler(PREFIX + "**")
                .addResourceLocations(LOCATION)
                .resourceChain(true)
                .addResolver(new CurrentVersion());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                String[] parts = path.length() > PREFIX.length() ? path.substring(PREFIX.length()).split("/", 2)
                        : new String[0];
                String file = parts.length == 2 ? ownFile(parts[1]) : null;
                if (file == null) {
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                    return true; // not ours: 404
                }
                if (!parts[0].equals(version)) {
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                    response.sendRedirect(request.getContextPath() + PREFIX + version + "/" + file);
                    return false;
                }
                response.setHeader(HttpHeaders.CACHE_CONTROL, WebJarCaching.IMMUTABLE);
                return true;
            }
        }).addPathPatterns(PREFIX + "**");
    }

    private static String etag(Resource page) {
        try {
            byte[] bytes = page.getContentAsByteArray();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts the shared head into a page and the version into its links to our scripts and styles. */
    private final class PageTransformer implements ResourceTransformer {
        @Override
        public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
                throws IOException {
            Resource page = chain.transform(request, resource);
            String html = page.getContentAsString(StandardCharsets.UTF_8);
            html = INCLUDE.matcher(html).replaceFirst(Matcher.quoteReplacement(head));
            html = OWN_LINK.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(PREFIX + version) + "/$2");
            return new TransformedResource(page, html.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** /assets/&lt;current version&gt;/js/... and .../css/... are the files at /js/... and /css/...; nothing else. */
    private final class CurrentVersion extends AbstractResourceResolver {
        @Override
        protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                                                   List<? extends Resource> locations, ResourceResolverChain chain) {
            String file = ownFile(requestPath);
            return file == null ? null : chain.resolveResource(request, file, locations);
        }

        @Override
        protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
                                                ResourceResolverChain chain) {
            String file = ownFile(resourceUrlPath);
            return file == null ? null : chain.resolveUrlPath(file, locations);
        }

        private String ownFile(String path) {
            String prefix = version + "/";
            return path.startsWith(prefix) ? ConsoleAssets.ownFile(path.substring(prefix.length())) : null;
        }
    }

    /** Only scripts and styles are versioned; pages are always checked. */
    private static String ownFile(String path) {
        return path.startsWith("js/") || path.startsWith("css/") ? path : null;
    }
}
