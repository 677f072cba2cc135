package com.loyaltybatch.launch.cli;

import picocli.CommandLine.IVersionProvider;

class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Loyalty Batch " + (version != null ? version : "(development build)")};
    }
}
