package com.loyaltybatch.demo;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Generates the blocks on a thread of its own, at most two ahead of the writer, so generating
 * the next block overlaps with inserting the current one while memory stays bounded.
 */
final class SampleFeed implements AutoCloseable {

    private record Failure(Throwable cause) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    private final Thread thread;

    SampleFeed(SampleGenerator generator, long from, long total, int blockSize) {
        thread = new Thread(() -> generate(generator, from, total, blockSize), "demo-generator");
        thread.setDaemon(true);
        thread.start();
    }

    private void generate(SampleGenerator generator, long from, long total, int blockSize) {
        try {
            for (long first = from; first < total; first += blockSize) {
                Object next;
                try {
                    next = generator.block(first, Math.min(first + blockSize, total));
                } catch (RuntimeException | Error e) {
                    next = new Failure(e);
                }
                queue.put(next);
                if (next instanceof Failure) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // the writer is gone: stop generating
        }
    }

    /** The next block, in order. */
    SampleBlock next() throws InterruptedException {
        Object next = queue.take();
        if (next instanceof Failure failure) {
            throw new IllegalStateException("generating sample data failed: " + failure.cause().getMessage(),
                    failure.cause());
        }
        return (SampleBlock) next;
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
