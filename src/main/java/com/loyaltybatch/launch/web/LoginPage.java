package com.loyaltybatch.launch.web;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.loyaltybatch.report.DashboardHtml;

import jakarta.servlet.http.HttpServletRequest;

/** The dashboard's sign-in form; Spring Security checks what it posts to {@code /login}. */
@ConditionalOnWebApplication
@Controller
class LoginPage {

    @GetMapping("/login")
    ResponseEntity<String> login(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String message = request.getParameter("error") != null ? "Wrong user name or password."
                : request.getParameter("signed-out") != null ? "You are signed out." : null;
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(DashboardHtml.login(csrf == null ? null : new DashboardHtml.Csrf(csrf.getParameterName(),
                        csrf.getToken()), message, request.getParameter("error") != null));
    }
}
