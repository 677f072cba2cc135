package com.loyaltybatch.program;

import org.jspecify.annotations.Nullable;

/** A partial update of the program: null fields stay as they are. */
public record ProgramChanges(@Nullable String name, @Nullable String pointName, @Nullable String iconUrl) {
}
