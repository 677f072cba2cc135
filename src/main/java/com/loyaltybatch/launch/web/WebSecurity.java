package com.loyaltybatch.launch.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.loyaltybatch.report.DashboardHtml;

/**
 * Who may see what over HTTP. Two front doors open without a login and pass through this
 * untouched: the Loyalty API, the jobs and the actuator's endpoints, which take an API key
 * (checked by the API's own filter; health needs none), the API's description, and the opt-out
 * links, whose signed token is their authority. Everything else (the dashboard, statement
 * previews) needs a dashboard user: a sign-in form or HTTP Basic, a session, CSRF tokens on every
 * form, and a content security policy that admits only the page's own script.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(DashboardProperties.class)
class WebSecurity {

    private static final Logger log = LoggerFactory.getLogger(WebSecurity.class);

    /** The paths this chain leaves to their own authentication. */
    static final List<String> OWN_AUTHENTICATION = List.of("/loyalty-*/**", "/_api/**", "/jobs", "/jobs/**",
            "/actuator", "/actuator/**", "/unsubscribe/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**", "/error");

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain ownAuthentication() {
        RequestMatcher[] matchers = OWN_AUTHENTICATION.stream().map(PathPatternRequestMatcher::pathPattern)
                .toArray(RequestMatcher[]::new);
        return new DefaultSecurityFilterChain(new OrRequestMatcher(matchers));
    }

    @Bean
    @Order(2)
    SecurityFilterChain dashboard(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", DashboardHtml.SCRIPT).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", false))
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/login?signed-out"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY)));
        return http.build();
    }

    @Bean
    UserDetailsService dashboardUsers(DashboardProperties properties) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (Map.Entry<String, String> user : properties.users().entrySet()) {
            String hash = user.getValue() == null ? "" : user.getValue().strip();
            if (!hash.matches("\\{[a-z0-9]+}.+") || hash.startsWith("{noop}")) {
                throw new IllegalStateException("loyalty.dashboard.users." + user.getKey()
                        + ": give a password hash such as {bcrypt}$2a$10$..., not a password (make one with: loyalty hash-password)");
            }
            UserDetails details = User.withUsername(user.getKey()).password(hash).passwordEncoder(p -> p)
                    .roles("OPERATOR").build();
            users.createUser(details);
        }
        if (properties.users().isEmpty()) {
            log.warn("The dashboard has no users, so nobody can sign in: set loyalty.dashboard.users.<name> to a"
                    + " password hash (loyalty hash-password)");
        }
        return users;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
