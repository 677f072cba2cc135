package com.loyaltybatch.program;

/** A partial update of the program: null fields stay as they are. */
public record ProgramChanges(String name, String pointName, String iconUrl) {
}
