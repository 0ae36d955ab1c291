// The admin account the e2e server is started with (FOLIO_ADMIN_PASSWORD).
export const E2E_ADMIN_EMAIL = "admin@folio.local";
export const E2E_ADMIN_PASSWORD = "e2e-Admin-password-1";
export const STORAGE_STATE = "test-results/admin-storage-state.json";
