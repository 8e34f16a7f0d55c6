using System.Data.Common;
using Dapper;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Access;

/// <summary>
/// The user accounts in <c>app_user</c>, <c>user_role</c> and <c>user_area</c>: local accounts (a password hash) and
/// accounts of an external identity provider (an external subject). User names are stored trimmed and in lower case,
/// so SQLite and a case-insensitive SQL Server collation find the same user. Password hashing is not done here: the
/// web project hashes, this class only stores.
/// </summary>
public sealed class UserAccounts(InstroomDatabase database, IClock clock)
{
    /// <summary>After this many failed sign-ins in a row the account is locked for <see cref="LockoutDuration"/>.</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly Duration LockoutDuration = Duration.FromMinutes(15);

    public static string NormaliseUserName(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().ToLowerInvariant();
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountUsersSql, cancellationToken: cancellationToken));
    }

    public async Task<UserAccount?> FindByIdAsync(int userId, CancellationToken cancellationToken = default) =>
        await FindOneAsync(SelectUsersSql + " WHERE user_id = @Value", userId, cancellationToken);

    public async Task<UserAccount?> FindByNameAsync(string userName, CancellationToken cancellationToken = default) =>
        await FindOneAsync(SelectUsersSql + " WHERE user_name = @Value", NormaliseUserName(userName), cancellationToken);

    public async Task<UserAccount?> FindByExternalSubjectAsync(string externalSubject, CancellationToken cancellationToken = default) =>
        await FindOneAsync(SelectUsersSql + " WHERE external_subject = @Value", externalSubject, cancellationToken);

    /// <summary>Every user with roles and areas, by user name.</summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var users = await connection.QueryAsync<UserRow>(new CommandDefinition(SelectUsersSql, cancellationToken: cancellationToken));
        var roles = (await connection.QueryAsync<RoleRow>(new CommandDefinition(SelectAllRolesSql, cancellationToken: cancellationToken)))
            .ToLookup(row => row.UserId, row => row.Role);
        var areas = (await connection.QueryAsync<AreaRow>(new CommandDefinition(SelectAllAreasSql, cancellationToken: cancellationToken)))
            .ToLookup(row => row.UserId, row => row.Code);
        return users
            .Select(user => user.ToAccount(Sorted(roles[user.UserId]), Sorted(areas[user.UserId])))
            .OrderBy(user => user.UserName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Creates a user with roles and areas and returns its id. Refused with a Dutch message (a
    /// <see cref="UserAccountException"/>) when the name is taken, a role is unknown or an area code does not exist.
    /// </summary>
    public async Task<int> CreateAsync(string userName, string displayName, string? passwordHash, bool mustChangePassword,
        IEnumerable<string> roles, IEnumerable<string> areaCodes, string? externalSubject = null, CancellationToken cancellationToken = default)
    {
        var name = NormaliseUserName(userName);
        if (name.Length == 0)
        {
            throw new UserAccountException("Een gebruikersnaam is verplicht.");
        }

        var roleList = CheckRoles(roles);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var areaIds = await ResolveAreasAsync(connection, transaction, areaCodes, cancellationToken);
        var taken = await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountUsersByNameSql, new { UserName = name }, transaction,
            cancellationToken: cancellationToken));
        if (taken > 0)
        {
            throw new UserAccountException($"De gebruikersnaam '{name}' is al in gebruik.");
        }

        var userId = await connection.ExecuteScalarAsync<int>(new CommandDefinition(InsertUserSql + ";\n" + database.Dialect.SelectInsertedIdSql, new
        {
            UserName = name,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(),
            PasswordHash = passwordHash,
            ExternalSubject = externalSubject,
            MustChangePassword = mustChangePassword ? 1 : 0,
            CreatedAt = clock.GetCurrentInstant(),
        }, transaction, cancellationToken: cancellationToken));
        await InsertRolesAndAreasAsync(connection, transaction, userId, roleList, areaIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return userId;
    }

    /// <summary>
    /// Creates the first administrator only when there is no user at all; returns false (and writes nothing) when a
    /// user exists, so several servers starting at once create one administrator.
    /// </summary>
    public async Task<bool> CreateFirstAdministratorAsync(string userName, string displayName, string passwordHash,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var name = NormaliseUserName(userName);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertFirstUserSql, new
        {
            UserName = name,
            DisplayName = displayName,
            PasswordHash = passwordHash,
            CreatedAt = clock.GetCurrentInstant(),
        }, transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return false;
        }

        var id = await connection.ExecuteScalarAsync<int>(new CommandDefinition(SelectUserIdByNameSql, new { UserName = name }, transaction,
            cancellationToken: cancellationToken));
        await InsertRolesAndAreasAsync(connection, transaction, id, [Roles.Beheerder], [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Replaces the user's roles and areas; a <see cref="UserAccountException"/> (Dutch) for an unknown role or area.</summary>
    public async Task SetRolesAndAreasAsync(int userId, IEnumerable<string> roles, IEnumerable<string> areaCodes,
        CancellationToken cancellationToken = default)
    {
        var roleList = CheckRoles(roles);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var areaIds = await ResolveAreasAsync(connection, transaction, areaCodes, cancellationToken);
        await EnsureExistsAsync(connection, transaction, userId, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DeleteRolesSql, new { UserId = userId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(DeleteAreasSql, new { UserId = userId }, transaction, cancellationToken: cancellationToken));
        await InsertRolesAndAreasAsync(connection, transaction, userId, roleList, areaIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetPasswordHashAsync(int userId, string passwordHash, bool mustChangePassword, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        await ExecuteForUserAsync(UpdatePasswordSql, new { UserId = userId, PasswordHash = passwordHash, MustChangePassword = mustChangePassword ? 1 : 0 },
            cancellationToken);
    }

    public async Task SetDisabledAsync(int userId, bool disabled, CancellationToken cancellationToken = default) =>
        await ExecuteForUserAsync(UpdateDisabledSql, new { UserId = userId, Disabled = disabled ? 1 : 0 }, cancellationToken);

    /// <summary>Lifts a lockout and forgets earlier failures.</summary>
    public async Task UnlockAsync(int userId, CancellationToken cancellationToken = default) =>
        await ExecuteForUserAsync(ResetFailuresSql, new { UserId = userId }, cancellationToken);

    /// <summary>
    /// Counts a failed sign-in; the <see cref="MaxFailedSignIns"/>th in a row locks the account for
    /// <see cref="LockoutDuration"/> and returns true (so the caller can record the lockout once).
    /// </summary>
    public async Task<bool> RecordFailedSignInAsync(int userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var failures = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(SelectFailuresSql, new { UserId = userId }, transaction,
            cancellationToken: cancellationToken)) ?? throw new UserAccountException("Deze gebruiker bestaat niet.");
        var locks = failures + 1 >= MaxFailedSignIns;
        await connection.ExecuteAsync(new CommandDefinition(UpdateFailuresSql, new
        {
            UserId = userId,
            FailedSignIns = locks ? 0 : failures + 1,
            LockedUntil = locks ? clock.GetCurrentInstant() + LockoutDuration : (Instant?)null,
            Locks = locks ? 1 : 0,
        }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return locks;
    }

    /// <summary>A good sign-in: forgets earlier failures.</summary>
    public async Task RecordSucceededSignInAsync(int userId, CancellationToken cancellationToken = default) =>
        await ExecuteForUserAsync(ResetFailuresSql, new { UserId = userId }, cancellationToken);

    private async Task<UserAccount?> FindOneAsync(string sql, object value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var user = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(sql, new { Value = value }, cancellationToken: cancellationToken));
        if (user is null)
        {
            return null;
        }

        var roles = await connection.QueryAsync<string>(new CommandDefinition(SelectRolesSql, new { user.UserId }, cancellationToken: cancellationToken));
        var areas = await connection.QueryAsync<string>(new CommandDefinition(SelectAreasSql, new { user.UserId }, cancellationToken: cancellationToken));
        return user.ToAccount(Sorted(roles), Sorted(areas));
    }

    private async Task ExecuteForUserAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            throw new UserAccountException("Deze gebruiker bestaat niet.");
        }
    }

    private static async Task EnsureExistsAsync(DbConnection connection, DbTransaction transaction, int userId, CancellationToken cancellationToken)
    {
        var exists = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(SelectFailuresSql, new { UserId = userId }, transaction,
            cancellationToken: cancellationToken));
        if (exists is null)
        {
            throw new UserAccountException("Deze gebruiker bestaat niet.");
        }
    }

    private static List<string> CheckRoles(IEnumerable<string> roles)
    {
        var list = roles.Select(role => role.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var unknown = list.Where(role => !Roles.IsKnown(role)).ToList();
        if (unknown.Count > 0)
        {
            throw new UserAccountException($"Onbekende rol: {string.Join(", ", unknown)}. Kies uit {string.Join(", ", Roles.All)}.");
        }

        return list;
    }

    private static async Task<List<int>> ResolveAreasAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> areaCodes,
        CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        var unknown = new List<string>();
        foreach (var code in areaCodes.Select(code => code.Trim()).Where(code => code.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var id = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(SelectAreaIdSql, new { Code = code.ToUpperInvariant() }, transaction,
                cancellationToken: cancellationToken));
            if (id is { } found)
            {
                ids.Add(found);
            }
            else
            {
                unknown.Add(code);
            }
        }

        if (unknown.Count > 0)
        {
            throw new UserAccountException($"Onbekend gebied: {string.Join(", ", unknown)}. Gebruik de code van een jeugdregio of gemeente (bijvoorbeeld JZ07 of GM0363).");
        }

        return ids;
    }

    private static async Task InsertRolesAndAreasAsync(DbConnection connection, DbTransaction transaction, int userId, IEnumerable<string> roles,
        IEnumerable<int> areaIds, CancellationToken cancellationToken)
    {
        foreach (var role in roles)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertRoleSql, new { UserId = userId, Role = role }, transaction, cancellationToken: cancellationToken));
        }

        foreach (var areaId in areaIds.Distinct())
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertAreaSql, new { UserId = userId, AreaId = areaId }, transaction, cancellationToken: cancellationToken));
        }
    }

    private static List<string> Sorted(IEnumerable<string> values) => values.Order(StringComparer.Ordinal).ToList();

    internal const string CountUsersSql = "SELECT COUNT(*) FROM app_user";

    internal const string SelectUserIdByNameSql = "SELECT user_id FROM app_user WHERE user_name = @UserName";

    internal const string CountUsersByNameSql = "SELECT COUNT(*) FROM app_user WHERE user_name = @UserName";

    internal const string SelectUsersSql = """
        SELECT user_id AS UserId, user_name AS UserName, display_name AS DisplayName, password_hash AS PasswordHash,
               external_subject AS ExternalSubject, failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil,
               CAST(must_change_password AS int) AS MustChangePassword, CAST(disabled AS int) AS Disabled, created_at AS CreatedAt
        FROM app_user
        """;

    internal const string SelectRolesSql = "SELECT role FROM user_role WHERE user_id = @UserId";

    internal const string SelectAreasSql = """
        SELECT a.code FROM user_area ua JOIN area a ON a.area_id = ua.area_id WHERE ua.user_id = @UserId
        """;

    internal const string SelectAllRolesSql = "SELECT user_id AS UserId, role AS Role FROM user_role";

    internal const string SelectAllAreasSql = """
        SELECT ua.user_id AS UserId, a.code AS Code FROM user_area ua JOIN area a ON a.area_id = ua.area_id
        """;

    internal const string SelectAreaIdSql = "SELECT area_id FROM area WHERE code = @Code";

    internal const string InsertUserSql = """
        INSERT INTO app_user (user_name, display_name, password_hash, external_subject, failed_sign_ins, locked_until,
                              must_change_password, disabled, created_at)
        VALUES (@UserName, @DisplayName, @PasswordHash, @ExternalSubject, 0, NULL, @MustChangePassword, 0, @CreatedAt)
        """;

    internal const string InsertFirstUserSql = """
        INSERT INTO app_user (user_name, display_name, password_hash, external_subject, failed_sign_ins, locked_until,
                              must_change_password, disabled, created_at)
        SELECT @UserName, @DisplayName, @PasswordHash, NULL, 0, NULL, 1, 0, @CreatedAt
        WHERE NOT EXISTS (SELECT 1 FROM app_user)
        """;

    internal const string InsertRoleSql = "INSERT INTO user_role (user_id, role) VALUES (@UserId, @Role)";

    internal const string InsertAreaSql = "INSERT INTO user_area (user_id, area_id) VALUES (@UserId, @AreaId)";

    internal const string DeleteRolesSql = "DELETE FROM user_role WHERE user_id = @UserId";

    internal const string DeleteAreasSql = "DELETE FROM user_area WHERE user_id = @UserId";

    internal const string UpdatePasswordSql = """
        UPDATE app_user SET password_hash = @PasswordHash, must_change_password = @MustChangePassword WHERE user_id = @UserId
        """;

    internal const string UpdateDisabledSql = "UPDATE app_user SET disabled = @Disabled WHERE user_id = @UserId";

    internal const string ResetFailuresSql = "UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE user_id = @UserId";

    internal const string SelectFailuresSql = "SELECT failed_sign_ins FROM app_user WHERE user_id = @UserId";

    internal const string UpdateFailuresSql = """
        UPDATE app_user
        SET failed_sign_ins = @FailedSignIns,
            locked_until = CASE WHEN @Locks = 1 THEN @LockedUntil ELSE locked_until END
        WHERE user_id = @UserId
        """;

    // Classes with setters, not positional records: Dapper then converts SQLite's INTEGER.
    private sealed class UserRow
    {
        public int UserId { get; init; }
        public string UserName { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public string? PasswordHash { get; init; }
        public string? ExternalSubject { get; init; }
        public int FailedSignIns { get; init; }
        public Instant? LockedUntil { get; init; }
        public int MustChangePassword { get; init; }
        public int Disabled { get; init; }
        public Instant CreatedAt { get; init; }

        public UserAccount ToAccount(IReadOnlyList<string> roles, IReadOnlyList<string> areaCodes) =>
            new(UserId, UserName, DisplayName, PasswordHash, ExternalSubject, FailedSignIns, LockedUntil, MustChangePassword != 0, Disabled != 0,
                CreatedAt, roles, areaCodes);
    }

    private sealed class RoleRow
    {
        public int UserId { get; init; }
        public string Role { get; init; } = "";
    }

    private sealed class AreaRow
    {
        public int UserId { get; init; }
        public string Code { get; init; } = "";
    }
}
