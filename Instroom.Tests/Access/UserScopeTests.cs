using System.Security.Claims;
using CsCheck;
using Instroom.Data.Access;
using Instroom.Data.Areas;

namespace Instroom.Tests.Access;

public sealed class UserScopeTests
{
    // Friesland is a toezichtregio of one jeugdregio; Zuid-Holland Zuid one of two.
    private static readonly AreaDirectory Areas = new(
    [
        new("NL", "Nederland", AreaKind.Land, []),
        new("TR01", "Friesland", AreaKind.Toezichtregio, []),
        new("TR10", "Zuid-Holland Zuid", AreaKind.Toezichtregio, []),
        new("JZ02", "Friesland (Fryslân)", AreaKind.Jeugdregio, ["TR01"]),
        new("JZ29", "Rijnmond", AreaKind.Jeugdregio, ["TR10"]),
        new("JZ30", "Zuid-Holland Zuid", AreaKind.Jeugdregio, ["TR10"]),
        new("GM0080", "Leeuwarden", AreaKind.Gemeente, ["JZ02", "TR01"]),
        new("GM0599", "Rotterdam", AreaKind.Gemeente, ["JZ29", "TR10"]),
        new("GM0489", "Barendrecht", AreaKind.Gemeente, ["JZ29", "TR10"]),
        new("GM0505", "Dordrecht", AreaKind.Gemeente, ["JZ30", "TR10"]),
    ]);

    private static readonly string[] EveryCode = Areas.Areas.Select(area => area.Code).ToArray();

    private static string[] Visible(string[] roles, params string[] areas) =>
        EveryCode.Where(UserScope.From(roles, areas).Resolve(Areas).Allows).ToArray();

    [Theory]
    [InlineData("Beheerder")]
    [InlineData("Inspectie")]
    public void BeheerderAndInspectie_SeeEveryArea_WithoutAssignedAreas(string role)
    {
        var visible = UserScope.From([role], []).Resolve(Areas);

        Assert.True(visible.IsEverything);
        Assert.Equal(EveryCode, EveryCode.Where(visible.Allows));
    }

    [Fact]
    public void Ketenpartner_SeesTheirJeugdregioAndItsGemeenten_AndNederland()
    {
        Assert.Equal(["NL", "JZ29", "GM0599", "GM0489"], Visible(["Ketenpartner"], "JZ29"));
    }

    [Fact]
    public void Ketenpartner_DoesNotSeeAToezichtregio_WhenAnotherJeugdregioInItIsNotTheirs()
    {
        var visible = UserScope.From(["Ketenpartner"], ["JZ29"]).Resolve(Areas);

        Assert.False(visible.Allows("TR10"));
        Assert.True(visible.Forbids("TR10"));
    }

    [Fact]
    public void Ketenpartner_SeesAToezichtregio_WhenEveryJeugdregioInItIsTheirs()
    {
        Assert.Equal(["NL", "TR01", "JZ02", "GM0080"], Visible(["Ketenpartner"], "JZ02"));
        Assert.Contains("TR10", Visible(["Ketenpartner"], "JZ29", "JZ30"));
    }

    [Fact]
    public void Ketenpartner_GetsNothing_FromAnAssignedGemeenteOrToezichtregio()
    {
        Assert.Equal(["NL"], Visible(["Ketenpartner"], "GM0599", "TR10"));
    }

    [Fact]
    public void Accounthouder_SeesAssignedGemeente_ButNotTheRestOfItsJeugdregio()
    {
        Assert.Equal(["NL", "GM0599"], Visible(["Accounthouder"], "GM0599"));
    }

    [Fact]
    public void Accounthouder_SeesAssignedJeugdregio_WithItsGemeenten()
    {
        Assert.Equal(["NL", "JZ30", "GM0505"], Visible(["Accounthouder"], "JZ30"));
    }

    [Fact]
    public void UserWithoutRoles_SeesOnlyNederland_WhateverAreasTheyHold()
    {
        Assert.Equal(["NL"], Visible([], "JZ29", "GM0599"));
        Assert.Equal(["NL"], Visible(["Gast"], "JZ29"));
    }

    [Fact]
    public void AssignedCodes_CompareWithoutCase_AsAreaCodesInUrlsDo()
    {
        var visible = UserScope.From(["Ketenpartner"], [" jz29 "]).Resolve(Areas);

        Assert.True(visible.Allows("JZ29"));
        Assert.True(visible.Allows("gm0599"));
        Assert.True(visible.Forbids("jz30"));
    }

    [Fact]
    public void UnknownCode_IsNotForbidden_SoTheAppAnswersItsOwnNotFound()
    {
        var visible = UserScope.From(["Ketenpartner"], ["JZ29"]).Resolve(Areas);

        Assert.False(visible.Forbids("JZ99"));
        Assert.False(visible.Allows("JZ99"));
        Assert.False(visible.Forbids("GI-JBRR"));
    }

    [Fact]
    public void Directory_OffersOnlyVisibleAreas_InTheOriginalOrder()
    {
        var visible = UserScope.From(["Ketenpartner"], ["JZ29"]).Resolve(Areas);

        Assert.Equal(["NL", "JZ29", "GM0599", "GM0489"], visible.Directory.Areas.Select(area => area.Code));
        Assert.Equal(EveryCode, visible.All.Areas.Select(area => area.Code));
    }

    [Fact]
    public void Claims_AreReadFromRoleAndAreaClaims_OfASignedInUser()
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, "ketenpartner"),
                new Claim(ClaimTypes.Role, "Ketenpartner"),
                new Claim(UserScope.AreaClaimType, "JZ29"),
            ],
            authenticationType: "test");

        var visible = UserScope.From(new ClaimsPrincipal(identity)).Resolve(Areas);

        Assert.True(visible.Allows("GM0599"));
        Assert.False(visible.Allows("GM0505"));
    }

    [Fact]
    public void Claims_OfAnUnauthenticatedIdentity_GrantNothing()
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Role, "Beheerder"), new Claim(UserScope.AreaClaimType, "JZ29")]);

        var scope = UserScope.From(new ClaimsPrincipal(identity));

        Assert.False(scope.SeesEveryRegion);
        Assert.Equal(["NL"], EveryCode.Where(scope.Resolve(Areas).Allows));
    }

    [Fact]
    public void AnyAssignment_NeverShowsAnAreaOutsideTheAssignedJeugdregiosAndGemeenten()
    {
        var jeugdregios = Areas.OfKind(AreaKind.Jeugdregio).Select(area => area.Code).ToArray();
        var gemeenten = Areas.OfKind(AreaKind.Gemeente).Select(area => area.Code).ToArray();
        var assignment = Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.Int[0, (1 << (jeugdregios.Length + gemeenten.Length)) - 1]);

        assignment.Sample((roleIndex, second, mask) =>
        {
            string[] roles = [new[] { "Ketenpartner", "Accounthouder", "Ketenpartner", "Accounthouder" }[roleIndex]];
            var assigned = jeugdregios.Concat(gemeenten).Where((_, bit) => (mask & (1 << bit)) != 0).ToArray();
            var visible = UserScope.From(second ? [.. roles, "Onbekend"] : roles, assigned).Resolve(Areas);

            foreach (var area in Areas.Areas.Where(area => visible.Allows(area.Code)))
            {
                var allowed = area.Kind switch
                {
                    AreaKind.Land => true,
                    AreaKind.Jeugdregio => assigned.Contains(area.Code),
                    // Every jeugdregio of the toezichtregio is assigned.
                    AreaKind.Toezichtregio => Areas.OfKind(AreaKind.Jeugdregio).Where(j => j.RegionCodes.Contains(area.Code)).All(j => assigned.Contains(j.Code)),
                    AreaKind.Gemeente => area.RegionCodes.Any(assigned.Contains) || (roles[0] == "Accounthouder" && assigned.Contains(area.Code)),
                    _ => false,
                };
                Assert.True(allowed, $"{area.Code} for {roles[0]} of {string.Join(' ', assigned)}");
            }
        });
    }
}
