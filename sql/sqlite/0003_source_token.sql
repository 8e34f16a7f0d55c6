-- A source's bearer token entered by an administrator, encrypted with ASP.NET Core Data Protection (purpose
-- "Instroom.Bronnen.Token.v1"). Never the token in clear text; when empty, token_secret_name (configuration) is used.
ALTER TABLE source_connection ADD token_protected TEXT NULL;
