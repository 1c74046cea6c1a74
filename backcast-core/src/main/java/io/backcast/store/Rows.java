package io.backcast.store;

import io.backcast.model.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import io.backcast.port.EntityStore;
import net.java.ao.Entity;
import net.java.ao.Query;

/** Bulk reads and deletes by a list of ids, in chunks every database accepts. */
final class Rows {

    private static final int CHUNK = 500;

    private Rows() {
    }

    /** The rows whose {@code column} is one of {@code ids}, each chunk in the given order. */
    static <T extends Entity> List<T> findIn(EntityStore store, Class<T> type, String column,
                                             Collection<Integer> ids, String order) {
        List<T> rows = new ArrayList<>();
        for (List<Integer> chunk : chunks(ids)) {
            Query query = Query.select().where(in(column, chunk.size()), chunk.toArray()).order(order);
            Collections.addAll(rows, store.find(type, query));
        }
        return rows;
    }

    /** Deletes the rows whose {@code column} is one of {@code ids}. */
    static void deleteIn(EntityStore store, Class<? extends Entity> type, String column, Collection<Integer> ids) {
        for (List<Integer> chunk : chunks(ids)) {
            store.deleteWhere(type, in(column, chunk.size()), chunk.toArray());
        }
    }

    /** Deletes the rows about subjects of one kind (check-ins, baseline dates) whose id is one of {@code ids}. */
    static void deleteSubjects(EntityStore store, Class<? extends Entity> type, String kind, Collection<Integer> ids) {
        for (List<Integer> chunk : chunks(ids)) {
            List<Object> parameters = new ArrayList<>(chunk.size() + 1);
            parameters.add(kind);
            parameters.addAll(chunk);
            store.deleteWhere(type, "SUBJECT_KIND = ? AND " + in("SUBJECT_ID", chunk.size()), parameters.toArray());
        }
    }

    /** The row with this id; a {@link NotFoundException} naming {@code kind} when there is none. */
    static <T extends Entity> T require(EntityStore store, Class<T> type, int id, String kind) {
        T row = store.get(type, id);
        if (row == null) {
            throw new NotFoundException(kind, id);
        }
        return row;
    }

    static List<Integer> ids(Collection<? extends Entity> rows) {
        List<Integer> ids = new ArrayList<>(rows.size());
        for (Entity row : rows) {
            ids.add(row.getID());
        }
        return ids;
    }

    static List<Integer> ids(Entity[] rows) {
        return ids(List.of(rows));
    }

    private static String in(String column, int size) {
        return column + " IN (" + String.join(",", Collections.nCopies(size, "?")) + ")";
    }

    private static List<List<Integer>> chunks(Collection<Integer> ids) {
        List<Integer> all = List.copyOf(ids);
        List<List<Integer>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
