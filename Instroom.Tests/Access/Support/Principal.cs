namespace Instroom.Tests.Access.Support;

/// <summary>Who calls in the route matrix: the four roles (the regional ones on region A, Rijnmond) and nobody.</summary>
public sealed record Principal(string Key, string? UserName, IReadOnlyList<string> Roles, IReadOnlyList<string> Areas)
{
    /// <summary>Region A: Rijnmond, the only jeugdregio of toezichtregio TR10.</summary>
    public const string RegionA = "JZ29";

    public const string ToezichtregioA = "TR10";

    /// <summary>Gemeente G in region A: Rotterdam.</summary>
    public const string GemeenteG = "GM0599";

    /// <summary>Another gemeente of region A: Barendrecht (the Ketenpartner's, not the Accounthouder's).</summary>
    public const string OtherGemeenteInA = "GM0489";

    /// <summary>Region B, a neighbour: Zuid-Holland Zuid, in toezichtregio Zuid West (TR11).</summary>
    public const string RegionB = "JZ31";

    public const string ToezichtregioB = "TR11";

    /// <summary>A gemeente of region B: Dordrecht.</summary>
    public const string GemeenteInB = "GM0505";

    public static readonly Principal Beheerder = new("beheerder", "matrix-beheerder", ["Beheerder"], []);
    public static readonly Principal Inspectie = new("inspectie", "matrix-inspectie", ["Inspectie"], []);
    public static readonly Principal Ketenpartner = new("ketenpartner", "matrix-ketenpartner", ["Ketenpartner"], [RegionA]);
    public static readonly Principal Accounthouder = new("accounthouder", "matrix-accounthouder", ["Accounthouder"], [GemeenteG]);
    public static readonly Principal Anonymous = new("anoniem", null, [], []);

    /// <summary>In the order of the matrix's columns.</summary>
    public static readonly IReadOnlyList<Principal> All = [Beheerder, Inspectie, Ketenpartner, Accounthouder, Anonymous];

    public bool IsSignedIn => UserName is not null;

    public override string ToString() => Key;
}
