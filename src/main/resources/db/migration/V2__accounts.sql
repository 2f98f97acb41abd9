-- Accounts of the shared mode (issue 8): admin, editors, viewers. Passwords as PBKDF2-HMAC-SHA256 (store/Passwords).
-- IF NOT EXISTS: H2 commits DDL at once, so a process stopped between the table and its schema_version row must be
-- able to run this again.
CREATE TABLE IF NOT EXISTS account (
    username   VARCHAR(100) PRIMARY KEY,
    role       VARCHAR(16) NOT NULL,        -- ADMIN, EDITOR, VIEWER
    salt       VARCHAR(64) NOT NULL,        -- base64
    hash       VARCHAR(128) NOT NULL,       -- base64 of the derived key
    iterations INT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    disabled   BOOLEAN NOT NULL DEFAULT FALSE
);
