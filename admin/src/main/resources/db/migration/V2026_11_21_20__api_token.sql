-- Tokens for automation against /api/v1. The secret is shown once at creation; only its SHA-256
-- is stored (the secret is 256 random bits, so a fast hash is as safe as a slow one here).
create table api_token (
    id            bigserial primary key,
    name          varchar(60)  not null unique,
    token_hash    varchar(64)  not null unique,
    hint          varchar(16)  not null,
    role          varchar(16)  not null,
    city          varchar(40),
    created_by    varchar(80)  not null,
    created_at    timestamptz  not null default now(),
    expires_at    timestamptz,
    revoked_at    timestamptz,
    revoked_by    varchar(80),
    last_used_at  timestamptz,
    constraint api_token_role check (role in ('READ_ONLY', 'EDITOR')),
    constraint api_token_city_for_editors check (city is null or role = 'EDITOR')
);
