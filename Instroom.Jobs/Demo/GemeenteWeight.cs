namespace Instroom.Jobs.Demo;

/// <summary>
/// Simulation assumption: how many children a gemeente has relative to the others. The reference data holds no
/// population, so the weight is derived from the gemeente code: log-normal (heavy-tailed, like Dutch gemeente
/// sizes), with the four large cities set explicitly well above the rest. Stable for a code, whatever the seed.
/// </summary>
public static class GemeenteWeight
{
    /// <summary>Explicit weights (in multiples of a median gemeente) for the four large cities.</summary>
    private static readonly Dictionary<string, double> LargeCities = new(StringComparer.Ordinal)
    {
        ["GM0363"] = 30.0, // Amsterdam
        ["GM0599"] = 22.0, // Rotterdam
        ["GM0518"] = 19.0, // 's-Gravenhage
        ["GM0344"] = 12.0, // Utrecht
    };

    /// <summary>Spread of the log-normal: most gemeenten between a third and three times the median.</summary>
    private const double Sigma = 0.8;

    public static double Of(string gemeenteCode)
    {
        if (LargeCities.TryGetValue(gemeenteCode, out var weight))
        {
            return weight;
        }

        var hash = StableHash.Of("gemeente-gewicht:" + gemeenteCode);
        // Two uniforms to one normal (Box–Muller); the hash halves are independent enough for this.
        var u1 = Math.Max(StableHash.Unit(hash), 1e-12);
        var u2 = StableHash.Unit(StableHash.Combine(hash, 1UL));
        var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        // Capped so no ordinary gemeente outgrows Utrecht.
        return Math.Min(Math.Exp(Sigma * normal), 6.0);
    }
}
