/**
 * The command line ({@code java -jar loyalty.jar <command>}), job launches and the mapping of
 * outcomes to exit codes. Sits on top of every feature package.
 */
package com.loyaltybatch.launch;
