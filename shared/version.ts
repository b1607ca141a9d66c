/** The app version, reported by /api/health and the About box. Keep in step with package.json. */
export const APP_VERSION = '0.1.0';
