package io.backcast.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import io.backcast.jira.Placeholders;
import io.backcast.port.EntityStore;
import io.backcast.port.StoreException;
import io.backcast.store.entity.OutcomeEntity;
import io.backcast.store.entity.PlanEntity;
import net.java.ao.Query;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ActiveObjectsEntityStoreTest {

    private static final Query QUERY = Query.select().where("PLAN_ID = ?", 7);

    @Mock
    private ActiveObjects ao;

    private EntityStore store() {
        return new ActiveObjectsEntityStore(ao);
    }

    @Nested
    class Delegates {

        @Test
        @SuppressWarnings("unchecked")
        void migrateToActiveObjects() {
            store().migrate(PlanEntity.class, OutcomeEntity.class);

            verify(ao).migrate(PlanEntity.class, OutcomeEntity.class);
        }

        @Test
        void createToActiveObjects() {
            Map<String, Object> values = Map.of("NAME", "Office move");
            PlanEntity created = Placeholders.of(PlanEntity.class);
            when(ao.create(PlanEntity.class, values)).thenReturn(created);

            assertThat(store().create(PlanEntity.class, values)).isSameAs(created);
        }

        @Test
        void getToActiveObjects() {
            PlanEntity plan = Placeholders.of(PlanEntity.class);
            when(ao.get(PlanEntity.class, 7)).thenReturn(plan);

            assertThat(store().get(PlanEntity.class, 7)).isSameAs(plan);
        }

        @Test
        void getAnswersNullWhenActiveObjectsHasNoSuchEntity() {
            assertThat(store().get(PlanEntity.class, 404)).isNull();
        }

        @Test
        void findToActiveObjects() {
            PlanEntity[] plans = {Placeholders.of(PlanEntity.class), Placeholders.of(PlanEntity.class)};
            when(ao.find(PlanEntity.class, QUERY)).thenReturn(plans);

            assertThat(store().find(PlanEntity.class, QUERY)).isSameAs(plans);
        }

        @Test
        void countToActiveObjects() {
            when(ao.count(PlanEntity.class, QUERY)).thenReturn(3);

            assertThat(store().count(PlanEntity.class, QUERY)).isEqualTo(3);
        }

        @Test
        void deleteToActiveObjects() {
            PlanEntity first = Placeholders.of(PlanEntity.class);
            OutcomeEntity second = Placeholders.of(OutcomeEntity.class);

            store().delete(first, second);

            verify(ao).delete(first, second);
        }

        @Test
        void deleteWhereToDeleteWithSqlThenFlushesActiveObjectsCaches() {
            when(ao.deleteWithSQL(OutcomeEntity.class, "PLAN_ID = ?", 7)).thenReturn(2);

            assertThat(store().deleteWhere(OutcomeEntity.class, "PLAN_ID = ?", 7)).isEqualTo(2);

            InOrder order = inOrder(ao);
            order.verify(ao).deleteWithSQL(OutcomeEntity.class, "PLAN_ID = ?", 7);
            order.verify(ao).flushAll();
        }
    }

    @Nested
    class Transactions {

        private final AtomicBoolean insideTransaction = new AtomicBoolean();

        /** Makes the mock behave like Active Objects: run the callback inside a transaction. */
        private void activeObjectsRunsCallbacks() {
            when(ao.executeInTransaction(any())).thenAnswer(invocation -> {
                insideTransaction.set(true);
                try {
                    return invocation.<TransactionCallback<?>>getArgument(0).doInTransaction();
                } finally {
                    insideTransaction.set(false);
                }
            });
        }

        @Test
        void workRunsInsideExecuteInTransactionAndItsResultIsReturned() {
            activeObjectsRunsCallbacks();

            String result = store().inTransaction(() -> insideTransaction.get() ? "ran inside" : "ran outside");

            assertThat(result).isEqualTo("ran inside");
        }

        @Test
        void storeCallsMadeByTheWorkGoToActiveObjectsInsideTheTransaction() {
            activeObjectsRunsCallbacks();
            EntityStore store = store();
            when(ao.count(PlanEntity.class, QUERY)).thenAnswer(invocation -> insideTransaction.get() ? 1 : -1);

            int counted = store.inTransaction(() -> store.count(PlanEntity.class, QUERY));

            assertThat(counted).isEqualTo(1);
        }

        @Test
        void exceptionThrownByTheWorkPropagatesUnchanged() {
            activeObjectsRunsCallbacks();
            IllegalArgumentException thrown = new IllegalArgumentException("no such outcome");

            assertThatThrownBy(() -> store().inTransaction(() -> {
                throw thrown;
            })).isSameAs(thrown);
        }

        @Test
        void storeExceptionThrownByTheWorkPropagatesUnchanged() {
            activeObjectsRunsCallbacks();
            StoreException thrown = new StoreException("inner failure", new IllegalStateException());

            assertThatThrownBy(() -> store().inTransaction(() -> {
                throw thrown;
            })).isSameAs(thrown);
        }

        @Test
        void exceptionThrownByTheWorkPropagatesUnchangedEvenWhenTheHostWrapsIt() {
            when(ao.executeInTransaction(any())).thenAnswer(invocation -> {
                try {
                    return invocation.<TransactionCallback<?>>getArgument(0).doInTransaction();
                } catch (RuntimeException e) {
                    throw new IllegalStateException("rolled back", e);
                }
            });
            IllegalArgumentException thrown = new IllegalArgumentException("no such outcome");

            assertThatThrownBy(() -> store().inTransaction(() -> {
                throw thrown;
            })).isSameAs(thrown);
        }

        @Test
        void failureOfTheTransactionItselfBecomesStoreException() {
            IllegalStateException commitFailed = new IllegalStateException("commit refused");
            when(ao.executeInTransaction(any())).thenAnswer(invocation -> {
                invocation.<TransactionCallback<?>>getArgument(0).doInTransaction();
                throw commitFailed;
            });

            assertThatThrownBy(() -> store().inTransaction(() -> "done"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("transaction")
                    .hasMessageContaining("commit refused")
                    .hasCause(commitFailed);
        }
    }

    @Nested
    class ActiveObjectsFailures {

        private final IllegalStateException databaseGone = new IllegalStateException("database gone");
        private final ActiveObjects failingAo = mock(ActiveObjects.class, invocation -> {
            throw databaseGone;
        });

        @SuppressWarnings("unchecked")
        static Stream<Arguments> operations() {
            return Stream.of(
                    operation("migrate", store -> store.migrate(PlanEntity.class)),
                    operation("create PlanEntity", store -> store.create(PlanEntity.class, Map.of())),
                    operation("read PlanEntity", store -> store.get(PlanEntity.class, 1)),
                    operation("find PlanEntity", store -> store.find(PlanEntity.class, QUERY)),
                    operation("count PlanEntity", store -> store.count(PlanEntity.class, QUERY)),
                    operation("delete", store -> store.delete(Placeholders.of(PlanEntity.class))),
                    operation("delete rows of PlanEntity", store -> store.deleteWhere(PlanEntity.class, "ID = ?", 1)),
                    operation("transaction", store -> store.inTransaction(() -> "never runs")));
        }

        private static Arguments operation(String named, Consumer<EntityStore> call) {
            return Arguments.of(named, call);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("operations")
        void becomeStoreExceptionsNamingTheOperation(String named, Consumer<EntityStore> call) {
            EntityStore store = new ActiveObjectsEntityStore(failingAo);

            assertThatThrownBy(() -> call.accept(store))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(named)
                    .hasCause(databaseGone);
        }
    }
}
