package com.loyaltybatch.launch.api;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

import tools.jackson.core.StreamReadConstraints;

/**
 * JSON read by this process may nest at most 64 levels (the API answers a deeper body with 400).
 * Set before any JSON mapper is built, for the whole process: no request, filter or cursor of
 * this product needs more.
 */
public class JsonLimits implements EnvironmentPostProcessor {

    public static final int MAX_NESTING_DEPTH = 64;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        StreamReadConstraints.overrideDefaultStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
    }
}
