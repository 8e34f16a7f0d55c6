using CsCheck;
using Instroom.Data.Disclosure;

namespace Instroom.Tests.Disclosure;

public sealed class DisclosureControlPropertyTests
{
    private const long Iterations = 3000;

    private static readonly Gen<DisclosurePolicy> Policies = Gen.Select(Gen.Int[2, 10], Gen.Bool,
        (threshold, cbs) => new DisclosurePolicy { Threshold = threshold, Preset = cbs ? DisclosurePreset.CbsAfronding : DisclosurePreset.Standaard });

    [Fact]
    public void NoGroupWithAShownTotal_HasExactlyOneHiddenPart() =>
        Gen.Select(RandomTable.Any, Policies).Sample((random, policy) =>
        {
            var disclosed = DisclosureControl.Apply(random.ToTable(), policy, exempt: false);
            foreach (var (total, parts) in random.Groups)
            {
                if (disclosed[total].IsVisible)
                {
                    Assert.NotEqual(1, parts.Count(part => disclosed[part].State == DisclosureState.Suppressed));
                }
            }
        }, iter: Iterations, print: Describe);

    [Fact]
    public void NoHiddenCount_FollowsFromTheShownCellsAndAllGroupsTogether() =>
        Gen.Select(RandomTable.Any, Policies).Sample((random, policy) =>
        {
            var disclosed = DisclosureControl.Apply(random.ToTable(), policy, exempt: false);
            var determined = HiddenCellSolver.Determined(random.Counts, random.Groups, cell => disclosed[cell].State == DisclosureState.Suppressed);
            Assert.Empty(determined);
        }, iter: Iterations, print: Describe);

    [Fact]
    public void HiddenPartsOfAGroupWithAShownTotal_AreNeverAllOnes() =>
        // Zeros are shown, so a reader knows a hidden count is at least 1: two hidden parts adding up to 2 are 1 and 1.
        Gen.Select(RandomTable.Any, Policies).Sample((random, policy) =>
        {
            var disclosed = DisclosureControl.Apply(random.ToTable(), policy, exempt: false);
            foreach (var (total, parts) in random.Groups)
            {
                var hidden = parts.Where(part => disclosed[part].State == DisclosureState.Suppressed).ToList();
                if (disclosed[total].IsVisible && hidden.Count > 0)
                {
                    Assert.True(hidden.Sum(part => random.Counts[part]!.Value) > hidden.Count);
                }
            }
        }, iter: Iterations, print: Describe);

    [Fact]
    public void SmallCounts_AreAlwaysHidden_ZerosShown_AndMissingCountsStayMissing() =>
        Gen.Select(RandomTable.Any, Policies).Sample((random, policy) =>
        {
            var disclosed = DisclosureControl.Apply(random.ToTable(), policy, exempt: false);
            for (var cell = 0; cell < random.Counts.Length; cell++)
            {
                switch (random.Counts[cell])
                {
                    case null:
                        Assert.Equal(DisclosureState.NoData, disclosed[cell].State);
                        break;
                    case 0:
                        Assert.Equal("0", disclosed[cell].Text);
                        break;
                    case var count when count < policy.Threshold:
                        Assert.Equal(DisclosureState.Suppressed, disclosed[cell].State);
                        break;
                }
            }
        }, iter: Iterations, print: Describe);

    [Fact]
    public void NoShownCount_IsBelowTheThreshold_ExceptZero() =>
        Gen.Select(RandomTable.Any, Policies).Sample((random, policy) =>
        {
            var disclosed = DisclosureControl.Apply(random.ToTable(), policy, exempt: false);
            Assert.All(disclosed.Values.Where(count => count.IsVisible), count => Assert.True(count.Value == 0 || count.Value >= policy.Threshold));
        }, iter: Iterations, print: Describe);

    [Fact]
    public void CbsPreset_ShowsOnlyMultiplesOfFive_NearTheCount() =>
        Gen.Select(RandomTable.Any, Gen.Int[2, 10]).Sample((random, threshold) =>
        {
            var policy = new DisclosurePolicy { Threshold = threshold, Preset = DisclosurePreset.CbsAfronding };
            var disclosed = DisclosureControl.Apply(random.ToTable(), policy, exempt: false);
            for (var cell = 0; cell < random.Counts.Length; cell++)
            {
                if (disclosed[cell].Value is { } shown)
                {
                    Assert.Equal(0, shown % 5);
                    Assert.InRange(shown - random.Counts[cell]!.Value, -2, 2);
                    Assert.Equal(shown == 0 ? DisclosureState.Exact : DisclosureState.Rounded, disclosed[cell].State);
                }
            }
        }, iter: Iterations, print: Describe);

    [Fact]
    public void Apply_IsIdempotent_OnItsOwnShownValues() =>
        // Feeding back what was shown (hidden cells keep their count) must give the same result: no further cells hidden,
        // rounding and the choice between equal candidates stable.
        Gen.Select(RandomTable.Any, Policies).Sample((random, policy) =>
        {
            var first = DisclosureControl.Apply(random.ToTable(), policy, exempt: false);
            var again = random with { Counts = random.Counts.Select((count, cell) => first[cell].Value ?? count).ToArray() };
            var second = DisclosureControl.Apply(again.ToTable(), policy, exempt: false);
            Assert.Equal(first.Values, second.Values);
        }, iter: Iterations, print: Describe);

    [Fact]
    public void Exempt_GetsEveryCountExactly() =>
        Gen.Select(RandomTable.Any, Policies).Sample((random, policy) =>
        {
            var disclosed = DisclosureControl.Apply(random.ToTable(), policy, exempt: true);
            Assert.True(disclosed.Exempt);
            Assert.Equal(random.Counts, disclosed.Values.Select(count => count.Value));
            Assert.All(disclosed.Values, count => Assert.Contains(count.State, new[] { DisclosureState.Exact, DisclosureState.NoData }));
        }, iter: Iterations, print: Describe);

    [Fact]
    public void ChangesAndShares_AreShownOnlyWhenBothInputsAre_AndComeFromShownValues() =>
        Gen.Select(RandomTable.Any, Policies).Sample((random, policy) =>
        {
            var disclosed = DisclosureControl.Apply(random.ToTable(), policy, exempt: false).Values.ToList();
            foreach (var current in disclosed)
            {
                foreach (var earlier in disclosed)
                {
                    var change = current.ChangeSince(earlier);
                    var share = current.ShareOf(earlier);
                    var bothShown = current.IsVisible && earlier.IsVisible;
                    Assert.Equal(bothShown, change.IsVisible);
                    Assert.Equal(bothShown ? current.Value - earlier.Value : null, change.Value);
                    Assert.Equal(bothShown && earlier.Value != 0, share.IsVisible);
                    if (share.IsVisible)
                    {
                        Assert.Equal(100m * current.Value!.Value / earlier.Value!.Value, share.Percentage);
                    }
                }
            }
        }, iter: 300, print: Describe);

    private static string Describe((RandomTable Table, DisclosurePolicy Policy) sample) =>
        $"{sample.Table} threshold {sample.Policy.Threshold} {sample.Policy.Preset}";

    private static string Describe((RandomTable Table, int Threshold) sample) => $"{sample.Table} threshold {sample.Threshold}";
}
