package com.loyaltybatch.launch.web;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in to the dashboard: {@code loyalty.dashboard.users.<name>} is that user's
 * password hash in Spring Security's {@code {id}hash} form (make one with {@code loyalty
 * hash-password}), never the password itself.
 */
@ConfigurationProperties("loyalty.dashboard")
record DashboardProperties(@DefaultValue Map<String, String> users) {
}
