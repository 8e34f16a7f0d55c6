using Instroom.Data.Access;
using Instroom.Data.Storage;
using Instroom.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace Instroom.Tests.Access;

public sealed class UserAccountsTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 9, 0);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Create_StoresRolesAndAreas_AndFindsTheUserByNameInAnyCase(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var accounts = new UserAccounts(test.Database, new FakeClock(Now));

        var id = await accounts.CreateAsync(" Marieke ", "Marieke de Vries", "hash-1", mustChangePassword: true,
            [Roles.Ketenpartner, Roles.Accounthouder], ["JZ07", "gm0363"]);

        var found = await accounts.FindByNameAsync("MARIEKE");
        Assert.NotNull(found);
        Assert.Equal((id, "marieke", "Marieke de Vries", "hash-1", true, false, Now),
            (found.UserId, found.UserName, found.DisplayName, found.PasswordHash, found.MustChangePassword, found.Disabled, found.CreatedAt));
        Assert.Equal([Roles.Accounthouder, Roles.Ketenpartner], found.Roles);
        Assert.Equal(["GM0363", "JZ07"], found.AreaCodes);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Create_RefusesAnUnknownAreaCode_InDutch_AndWritesNothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var accounts = new UserAccounts(test.Database, new FakeClock(Now));

        var error = await Assert.ThrowsAsync<UserAccountException>(() =>
            accounts.CreateAsync("jan", "Jan", null, false, [Roles.Ketenpartner], ["JZ07", "XX99"]));

        Assert.Contains("Onbekend gebied: XX99", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await accounts.CountAsync());
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Create_RefusesAnUnknownRoleAndATakenName(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var accounts = new UserAccounts(test.Database, new FakeClock(Now));
        await accounts.CreateAsync("jan", "Jan", null, false, [Roles.Inspectie], []);

        var role = await Assert.ThrowsAsync<UserAccountException>(() => accounts.CreateAsync("piet", "Piet", null, false, ["Admin"], []));
        var taken = await Assert.ThrowsAsync<UserAccountException>(() => accounts.CreateAsync("JAN", "Jan 2", null, false, [Roles.Inspectie], []));

        Assert.Contains("Onbekende rol: Admin", role.Message, StringComparison.Ordinal);
        Assert.Contains("al in gebruik", taken.Message, StringComparison.Ordinal);
        Assert.Equal(1, await accounts.CountAsync());
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task SetRolesAndAreas_ReplacesBoth(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var accounts = new UserAccounts(test.Database, new FakeClock(Now));
        var id = await accounts.CreateAsync("jan", "Jan", null, false, [Roles.Ketenpartner], ["JZ07"]);

        await accounts.SetRolesAndAreasAsync(id, [Roles.Accounthouder], ["GM0014", "JZ01"]);

        var user = (await accounts.FindByIdAsync(id))!;
        Assert.Equal([Roles.Accounthouder], user.Roles);
        Assert.Equal(["GM0014", "JZ01"], user.AreaCodes);
        var listed = Assert.Single(await accounts.ListAsync());
        Assert.Equal(user.AreaCodes, listed.AreaCodes);
        Assert.Equal(user.Roles, listed.Roles);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task FifthFailedSignIn_LocksForFifteenMinutes_AndSuccessForgetsFailures(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var clock = new FakeClock(Now);
        var accounts = new UserAccounts(test.Database, clock);
        var id = await accounts.CreateAsync("jan", "Jan", "h", false, [Roles.Inspectie], []);

        var locked = new List<bool>();
        for (var i = 0; i < UserAccounts.MaxFailedSignIns; i++)
        {
            locked.Add(await accounts.RecordFailedSignInAsync(id));
        }

        var user = (await accounts.FindByIdAsync(id))!;
        Assert.Equal([false, false, false, false, true], locked);
        Assert.True(user.IsLockedAt(Now.Plus(Duration.FromMinutes(14))));
        Assert.False(user.IsLockedAt(Now.Plus(Duration.FromMinutes(15))));

        await accounts.RecordFailedSignInAsync(id);
        await accounts.RecordSucceededSignInAsync(id);
        var after = (await accounts.FindByIdAsync(id))!;
        Assert.Equal((0, (Instant?)null), (after.FailedSignIns, after.LockedUntil));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task PasswordDisabledAndUnlock_AreStored(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var accounts = new UserAccounts(test.Database, new FakeClock(Now));
        var id = await accounts.CreateAsync("jan", "Jan", "old", true, [Roles.Inspectie], []);
        for (var i = 0; i < UserAccounts.MaxFailedSignIns; i++)
        {
            await accounts.RecordFailedSignInAsync(id);
        }

        await accounts.SetPasswordHashAsync(id, "new", mustChangePassword: false);
        await accounts.SetDisabledAsync(id, true);
        await accounts.UnlockAsync(id);

        var user = (await accounts.FindByIdAsync(id))!;
        Assert.Equal(("new", false, true, (Instant?)null), (user.PasswordHash, user.MustChangePassword, user.Disabled, user.LockedUntil));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task ExternalSubject_FindsTheUser(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var accounts = new UserAccounts(test.Database, new FakeClock(Now));
        var id = await accounts.CreateAsync("j.jansen@igj.nl", "J. Jansen", null, false, [Roles.Inspectie], [], externalSubject: "sub-123");

        Assert.Equal(id, (await accounts.FindByExternalSubjectAsync("sub-123"))?.UserId);
        Assert.Null(await accounts.FindByExternalSubjectAsync("sub-999"));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task FirstAdministrator_IsCreatedOnlyWhenThereIsNoUser(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var accounts = new UserAccounts(test.Database, new FakeClock(Now));

        var first = await accounts.CreateFirstAdministratorAsync("beheerder", "Beheerder", "h1");
        var second = await accounts.CreateFirstAdministratorAsync("beheerder2", "Beheerder", "h2");

        Assert.Equal((true, false), (first, second));
        var admin = Assert.Single(await accounts.ListAsync());
        Assert.Equal(("beheerder", true), (admin.UserName, admin.MustChangePassword));
        Assert.Equal([Roles.Beheerder], admin.Roles);
    }
}
