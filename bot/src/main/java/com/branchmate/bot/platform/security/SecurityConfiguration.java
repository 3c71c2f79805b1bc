package com.branchmate.bot.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.MemberLookup;
import com.branchmate.bot.platform.BotProperties;

/**
 * /api/** takes a console session or a bearer token and answers 401/403 in JSON; pages redirect to the
 * login page; platform callbacks verify their own signatures and need neither.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Scripts only from our own files (no inline script, so stored text can never run); 'unsafe-eval' because the
     * console's Vue compiles its in-page templates in the browser. Inline styles stay allowed for the API docs page.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(MemberLookup members) {
        return login -> members.findByLogin(login)
                .filter(Member::canLogIn)
                .map(MemberPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("no console login"));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, BotProperties properties, ApiTokens tokens,
                                            MemberLookup members, JsonErrorWriter errors, LoginAttempts attempts) {
        var afterLogin = new SavedRequestAwareAuthenticationSuccessHandler();
        afterLogin.setDefaultTargetUrl("/");
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher callbacks = PathPatternRequestMatcher.withDefaults().matcher("/callback/**");
        RequestMatcher bearer = BearerTokenFilter::hasBearer;

        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // Metrics name teams, members and endpoints: admins and the deployment's token only.
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers(callbacks).permitAll()
                        .requestMatchers("/login.html", "/login", "/css/**", "/js/**", "/assets/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        // A session cookie is what a forged request would ride on; an API call without one is
                        // simply unauthenticated and should get 401, not a CSRF 403.
                        .ignoringRequestMatchers(callbacks, bearer,
                                request -> api.matches(request) && request.getRequestedSessionId() == null))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(new BearerTokenFilter(properties, tokens, members, errors),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new LoginLockoutFilter(attempts), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new CurrentMemberFilter(members, errors, api), AuthorizationFilter.class)
                .formLogin(form -> form
                        .loginPage("/login.html")
                        .loginProcessingUrl("/login")
                        .successHandler((request, response, authentication) -> {
                            attempts.succeeded(authentication.getName());
                            afterLogin.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, e) -> {
                            boolean locked = attempts.failed(request.getParameter("username"));
                            response.sendRedirect(locked ? "/login.html?locked" : "/login.html?error");
                        }))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login.html?logout"))
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) -> errors.write(response, 401, "未登录或令牌无效"), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login.html"),
                                AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> errors.write(response, 403, "没有权限执行这个操作"), api));
        return http.build();
    }
}
