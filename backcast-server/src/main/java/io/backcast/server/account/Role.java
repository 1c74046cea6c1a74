package io.backcast.server.account;

/**
 * What a local account may do. ADMIN and EDITOR view and edit every plan and create plans;
 * VIEWER views only. Only ADMIN manages accounts.
 */
public enum Role {
    ADMIN, EDITOR, VIEWER;

    public boolean canEdit() {
        return this != VIEWER;
    }
}
