package com.loyaltybatch.account;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.TestData;

/** The embedded default: an H2 file database shared by processes through AUTO_SERVER. */
@SpringBootTest(properties = {
        "loyalty.cli.enabled=false",
        "spring.datasource.url=jdbc:h2:file:./target/race-h2/loyalty;AUTO_SERVER=TRUE",
        "loyalty.clock.fixed=2026-11-15T10:00:00Z"})
@Import({TestData.class, CliRunner.class})
class CrossProcessRaceH2Test extends CrossProcessRaceContract {
}
