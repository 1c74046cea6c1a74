package io.backcast.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.backcast.port.EntityStore;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** An entity store that writes down every call it passes on (its kind, table and criteria, not its values). */
final class RecordingStore implements EntityStore {

    private final EntityStore store;
    private final List<String> calls = new ArrayList<>();
    private boolean recording;

    RecordingStore(EntityStore store) {
        this.store = store;
    }

    /** Starts a fresh record. */
    void start() {
        calls.clear();
        recording = true;
    }

    /** The calls since {@link #start}, and stops recording. */
    List<String> stop() {
        recording = false;
        return List.copyOf(calls);
    }

    private void note(String call) {
        if (recording) {
            calls.add(call);
        }
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        note("transaction");
        return store.inTransaction(work);
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        note("migrate " + Arrays.toString(entities));
        store.migrate(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        note("create " + type.getSimpleName() + " " + new java.util.TreeSet<>(values.keySet()));
        return store.create(type, values);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        note("get " + type.getSimpleName());
        return store.get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        note("find " + type.getSimpleName() + " where " + query.getWhereClause() + " order " + query.getOrderClause());
        return store.find(type, query);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        note("count " + type.getSimpleName() + " where " + query.getWhereClause());
        return store.count(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        note("delete " + entities.length);
        store.delete(entities);
    }

    @Override
    public <K> int deleteWhere(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        note("deleteWhere " + type.getSimpleName() + " " + criteria);
        return store.deleteWhere(type, criteria, parameters);
    }
}
