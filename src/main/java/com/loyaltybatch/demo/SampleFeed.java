package com.loyaltybatch.demo;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;

/**
 * Generates the blocks on a thread of its own, one ahead of the writer: the next block is built
 * while the current one is inserted, and at most two blocks are in memory at any time.
 */
final class SampleFeed implements AutoCloseable {

    private record Failure(Throwable cause) {
    }

    private final BlockingQueue<Object> queue = new SynchronousQueue<>();
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
