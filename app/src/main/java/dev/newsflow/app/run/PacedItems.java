package dev.newsflow.app.run;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.LockSupport;

/**
 * Items handed out at a fixed rate, for a steady load: the i-th no earlier than {@code i / rate}
 * seconds after the first was asked for. Each release time counts from the start, not from the
 * previous item, so a slow send is caught up rather than carried into every later one.
 */
final class PacedItems<T> implements Iterable<T> {

    private final List<T> items;
    private final double perSecond;

    PacedItems(List<T> items, double perSecond) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("a steady rate must be above 0 per second, not " + perSecond);
        }
        this.items = items;
        this.perSecond = perSecond;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next;
            private long startedNanos;

            @Override
            public boolean hasNext() {
                return next < items.size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (next == 0) {
                    startedNanos = System.nanoTime();
                }
                long due = startedNanos + (long) (next / perSecond * 1e9);
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                return items.get(next++);
            }
        };
    }
}
