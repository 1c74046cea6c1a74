/*
 * COMPILE-ONLY STUB of an Atlassian API that is not on Maven Central. Never packaged: Jira
 * (SAL) provides the real interface at run time.
 *
 * Source of the signature: a decompiled copy of sal-api found in the public code index
 * ("public interface TransactionCallback<T> { public T doInTransaction(); }", repository not
 * named by the index), consistent with Active Objects' own use of it in
 * github.com/Kast0rTr0y/ao-plugin activeobjects-core/.../external/ActiveObjects.java
 * ("<T> T executeInTransaction(TransactionCallback<T>)"). The pre-generic SAL 2.0 version
 * (github.com/mrdon/SAL sal-api/src/main/java/com/atlassian/sal/api/transaction/TransactionCallback.java;
 * docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html)
 * has the same erased descriptor, ()Ljava/lang/Object;, and no checked exceptions: failures are
 * RuntimeExceptions, and the caller rolls back.
 */
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {

    T doInTransaction();
}
