/**
 * WebSocket close codes of the sync protocol that the renderer acts on. 4400–4499 tells y-websocket
 * not to reconnect (the host decided; retrying cannot help).
 */
/** The page was built against other record shapes than the host's (SCHEMA_FINGERPRINT differs): reload it. */
export const CLOSE_RELOAD = 4426;
