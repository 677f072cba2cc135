package com.loyaltybatch.launch.cli;

enum Format {
    text, json
}
