/**
 * File writes, fsyncs and DNS share libuv's thread pool (4 threads by default). Under heavy writing,
 * log fsyncs, compaction's fsyncs and its directory fsync could occupy all four, and the write of an
 * update already relayed to other clients waited behind them: a kill -9 then lost it. Must run
 * before anything touches the pool, so the CLI and the Electron main process import this module first.
 */
process.env.UV_THREADPOOL_SIZE ??= '16';
