/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira's
 * Active Objects plugin provides the real interface at run time.
 *
 * Source of the signatures: Atlassian's Active Objects plugin, mirrored at
 * github.com/Kast0rTr0y/ao-plugin, file
 * activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjects.java
 * (commit 443f771ebd438c39026e1872a2fb47692dc39ca5); cross-checked against a decompiled copy of a
 * later release (which also has migrateDestructively, stream, getFastCountEstimate, moduleMetaData).
 *
 * Only the methods Backcast calls are declared; every one keeps the real name, type parameters,
 * erased descriptor and (absent) throws clause. The real methods throw only unchecked exceptions.
 */
package com.atlassian.activeobjects.external;

import java.util.Map;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

public interface ActiveObjects {

    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
