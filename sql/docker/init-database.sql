-- Run once by the db-init service of docker-compose.yml (sqlcmd, as sa): creates the Instroom database and a login
-- for the application that owns it (the schema scripts and Hangfire's tables are created by the app at start).
-- sqlcmd variables: $(InstroomDbPassword).
IF DB_ID(N'Instroom') IS NULL
    CREATE DATABASE Instroom;
GO
IF SUSER_ID(N'instroom_app') IS NULL
    CREATE LOGIN instroom_app WITH PASSWORD = N'$(InstroomDbPassword)', CHECK_POLICY = ON;
GO
USE Instroom;
GO
IF USER_ID(N'instroom_app') IS NULL
BEGIN
    CREATE USER instroom_app FOR LOGIN instroom_app;
    ALTER ROLE db_owner ADD MEMBER instroom_app;
END;
GO
