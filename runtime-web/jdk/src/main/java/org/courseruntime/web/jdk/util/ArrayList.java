package org.courseruntime.web.jdk.util;

import java.util.AbstractList;
import java.util.Collection;
import java.util.RandomAccess;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@code java.util.ArrayList} as the browser runs it ({@link org.courseruntime.web.jdk.JdkSubstitutes} puts it in the
 * place of TeaVM's): the elements sit in a JS array, each in a {@link Slot}, and the array grows, inserts and removes
 * ({@code splice}) by itself, where TeaVM's copies its Java array into a bigger one and moves elements one by one.
 * Searching ({@code indexOf}, {@code contains}), iterating and comparing lists are {@code AbstractList}'s, over
 * {@link #get} and {@link #size}: elements compare by {@code equals}, strings by value. A bad index throws
 * {@code IndexOutOfBoundsException}, as in Java, where a JS array would answer {@code undefined}. Nothing counts
 * modifications, so no iterator throws {@code ConcurrentModificationException}. It adds, inserts, replaces
 * ({@code set}) and removes as the JVM's does, so a core change that passes on the JVM runs the same here; any other
 * method the runtime starts to call and this class lacks fails the TeaVM build. The capacity is not kept; a JS array
 * grows by itself.
 */
public class ArrayList<E> extends AbstractList<E> implements RandomAccess {
    private final JSObject elements = create();

    public ArrayList() {
    }

    public ArrayList(int capacity) {
    }

    public ArrayList(Collection<? extends E> elements) {
        addAll(elements);
    }

    @Override
    public int size() {
        return length(elements);
    }

    @Override
    public E get(int index) {
        return ArrayList.<E>at(elements, checked(index, size())).element;
    }

    @Override
    public E set(int index, E element) {
        E replaced = get(index);
        replace(elements, index, new Slot<>(element));
        return replaced;
    }

    @Override
    public boolean add(E element) {
        push(elements, new Slot<>(element));
        return true;
    }

    @Override
    public void add(int index, E element) {
        insert(elements, checked(index, size() + 1), new Slot<>(element));
    }

    @Override
    public E remove(int index) {
        return ArrayList.<E>removeAt(elements, checked(index, size())).element;
    }

    @Override
    public void clear() {
        empty(elements);
    }

    private static int checked(int index, int bound) {
        if (index < 0 || index >= bound) {
            throw new IndexOutOfBoundsException();
        }
        return index;
    }

    /**
     * An element as the JS array holds it. In a field, it stays where TeaVM's analysis of the program follows it: an
     * object that only a JS function hands back to Java has, as far as TeaVM knows, no class whose methods it must
     * compile (a list's elements would lose theirs), and an {@code Object} would cross into JS through its
     * {@code JSWrapper}.
     */
    private static final class Slot<E> {
        final E element;

        Slot(E element) {
            this.element = element;
        }
    }

    @JSBody(script = "return [];")
    private static native JSObject create();

    @JSBody(params = "elements", script = "return elements.length;")
    private static native int length(JSObject elements);

    @JSBody(params = { "elements", "index" }, script = "return elements[index];")
    private static native <E> Slot<E> at(JSObject elements, int index);

    @JSBody(params = { "elements", "index", "slot" }, script = "elements[index] = slot;")
    private static native void replace(JSObject elements, int index, Slot<?> slot);

    @JSBody(params = { "elements", "slot" }, script = "elements.push(slot);")
    private static native void push(JSObject elements, Slot<?> slot);

    @JSBody(params = { "elements", "index", "slot" }, script = "elements.splice(index, 0, slot);")
    private static native void insert(JSObject elements, int index, Slot<?> slot);

    @JSBody(params = { "elements", "index" }, script = "return elements.splice(index, 1)[0];")
    private static native <E> Slot<E> removeAt(JSObject elements, int index);

    @JSBody(params = "elements", script = "elements.length = 0;")
    private static native void empty(JSObject elements);
}
