// The throw-away cluster is shared with scripts/bench-store.ts.
export { NO_POSTGRES, postgresBin, startCluster, type Cluster } from '../../scripts/lib/pg-cluster.js';
