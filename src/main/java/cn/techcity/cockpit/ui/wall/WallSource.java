package cn.techcity.cockpit.ui.wall;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import java.util.concurrent.CompletableFuture;

/** Where the wall reads from: the data version (cheap, polled) and, when it changed, everything. */
public interface WallSource {
    CompletableFuture<Long> version();

    CompletableFuture<CockpitData> load();

    /** The store on its database thread. */
    static WallSource of(CompletableFuture<CockpitStore> store, DbExecutor db) {
        return new WallSource() {
            @Override
            public CompletableFuture<Long> version() {
                return store.thenApplyAsync(CockpitStore::dataVersion, db);
            }

            @Override
            public CompletableFuture<CockpitData> load() {
                return store.thenApplyAsync(CockpitStore::load, db);
            }
        };
    }
}
