using Instroom.Data.Disclosure;

namespace Instroom.Tests.Disclosure;

public sealed class DisclosureControlTests
{
    private static readonly DisclosurePolicy Standaard = new();

    [Fact]
    public void RegionOfFiveGemeenten_HidesTheSmallCountAndTheNextSmallest_AndShowsTheTotal()
    {
        var table = Region(("GM0001", 3), ("GM0002", 12), ("GM0003", 7), ("GM0004", 40), ("GM0005", 25));

        var disclosed = DisclosureControl.Apply(table, Standaard, exempt: false);

        Assert.Equal(["<5", "<5", "12", "40", "25", "87"], Texts(disclosed, "GM0001", "GM0003", "GM0002", "GM0004", "GM0005", "JZ01"));
        Assert.All(new[] { "GM0001", "GM0003" }, code => Assert.Null(disclosed[code].Value));
        Assert.False(disclosed.Exempt);
    }

    [Fact]
    public void Zero_IsShownAsZero_AndNoDataLooksDifferent()
    {
        var table = Region(("GM0001", 0), ("GM0002", null), ("GM0003", 14), ("GM0004", 1234));

        var disclosed = DisclosureControl.Apply(table, Standaard, exempt: false);

        Assert.Equal(["0", "geen gegevens", "14", "1.234", "1.248"], Texts(disclosed, "GM0001", "GM0002", "GM0003", "GM0004", "JZ01"));
        Assert.Equal(DisclosureState.Exact, disclosed["GM0001"].State);
        Assert.Equal(0, disclosed["GM0001"].Value);
        Assert.Equal(DisclosureState.NoData, disclosed["GM0002"].State);
        Assert.Null(disclosed["GM0002"].Value);
        Assert.Equal(("", "is-nodata"), (disclosed["GM0001"].CssClass, disclosed["GM0002"].CssClass));
    }

    [Fact]
    public void SuppressedText_UsesTheConfiguredThreshold()
    {
        var table = new DisclosureTable<string>().Add("GM0001", 7).Add("GM0002", 10);

        var disclosed = DisclosureControl.Apply(table, new DisclosurePolicy { Threshold = 10 }, exempt: false);

        Assert.Equal("<10", disclosed["GM0001"].Text);
        Assert.Equal("is-suppressed", disclosed["GM0001"].CssClass);
        Assert.Equal("10", disclosed["GM0002"].Text);
    }

    [Fact]
    public void TwoHiddenOnes_GetAThirdCellHidden_BecauseZerosAreShown()
    {
        // Without the third cell the total gives 1 + 1 = 2: both would be known to be 1.
        var table = Region(("GM0001", 1), ("GM0002", 1), ("GM0003", 30), ("GM0004", 45));

        var disclosed = DisclosureControl.Apply(table, Standaard, exempt: false);

        Assert.Equal(["<5", "<5", "<5", "45", "77"], Texts(disclosed, "GM0001", "GM0002", "GM0003", "GM0004", "JZ01"));
    }

    [Fact]
    public void ACellHiddenElsewhere_IsHiddenHere_AndGetsItsComplementLikeASmallOne()
    {
        // GM0004 (40) is hidden by a table published beside this one: shown here it would undo that table's protection.
        var table = Region(("GM0001", 12), ("GM0002", 30), ("GM0003", 7), ("GM0004", 40)).HideAsElsewhere("GM0004");

        var disclosed = DisclosureControl.Apply(table, Standaard, exempt: false);

        Assert.Equal(["12", "30", "<5", "<5", "89"], Texts(disclosed, "GM0001", "GM0002", "GM0003", "GM0004", "JZ01"));
        Assert.Null(disclosed["GM0004"].Value);
    }

    [Fact]
    public void AZeroHiddenElsewhere_StaysZero_BecauseZerosAreShownEverywhere()
    {
        var table = Region(("GM0001", 0), ("GM0002", 30)).HideAsElsewhere("GM0001");

        var disclosed = DisclosureControl.Apply(table, Standaard, exempt: false);

        Assert.Equal(["0", "30", "30"], Texts(disclosed, "GM0001", "GM0002", "JZ01"));
    }

    [Fact]
    public void Total_IsHidden_WhenNoOtherPartCanBe()
    {
        // The region total also counts children not attributed to a gemeente, so it is 12 while the parts add to 3.
        var table = new DisclosureTable<string>()
            .Add("GM0001", 3).Add("GM0002", 0).Add("GM0003", null).Add("JZ01", 12)
            .AddGroup("JZ01", ["GM0001", "GM0002", "GM0003"]);

        var disclosed = DisclosureControl.Apply(table, Standaard, exempt: false);

        Assert.Equal(["<5", "0", "geen gegevens", "<5"], Texts(disclosed, "GM0001", "GM0002", "GM0003", "JZ01"));
    }

    [Fact]
    public void Hierarchy_ProtectsEachLevel_AndLeavesSafeTotalsShown()
    {
        // Nederland = JZ01 + JZ02; JZ01 = a + b + c; JZ02 = d + e.
        var table = new DisclosureTable<string>()
            .Add("a", 3).Add("b", 8).Add("c", 20).Add("d", 2).Add("e", 4)
            .Add("JZ01", 31).Add("JZ02", 6).Add("NL", 37)
            .AddGroup("JZ01", ["a", "b", "c"])
            .AddGroup("JZ02", ["d", "e"])
            .AddGroup("NL", ["JZ01", "JZ02"]);

        var disclosed = DisclosureControl.Apply(table, Standaard, exempt: false);

        Assert.Equal(["<5", "<5", "20", "<5", "<5", "31", "6", "37"], Texts(disclosed, "a", "b", "c", "d", "e", "JZ01", "JZ02", "NL"));
    }

    [Fact]
    public void OverlappingGroups_ThatTogetherGiveAwayACount_GetOneMoreCellHidden()
    {
        // Every group has two hidden parts, yet x + y = 5, x + z = 6 and y + z = 7 give x = 2.
        var table = new DisclosureTable<string>()
            .Add("x", 2).Add("y", 3).Add("z", 4).Add("xy", 5).Add("xz", 6).Add("yz", 7)
            .AddGroup("xy", ["x", "y"])
            .AddGroup("xz", ["x", "z"])
            .AddGroup("yz", ["y", "z"]);

        var disclosed = DisclosureControl.Apply(table, Standaard, exempt: false);

        Assert.Equal(["<5", "<5", "<5", "<5", "6", "7"], Texts(disclosed, "x", "y", "z", "xy", "xz", "yz"));
    }

    [Fact]
    public void GemeentenByMeasure_ProtectRowsAndColumns()
    {
        // Two gemeenten x two measures with row, column and grand totals: the hidden 2 must not follow from either.
        var table = new DisclosureTable<(string Area, string Measure)>();
        var counts = new Dictionary<(string, string), int>
        {
            [("GM0001", "OTS")] = 2, [("GM0001", "JR")] = 9,
            [("GM0002", "OTS")] = 30, [("GM0002", "JR")] = 11,
        };
        foreach (var (key, count) in counts)
        {
            table.Add(key, count);
        }

        table.Add(("GM0001", "*"), 11).Add(("GM0002", "*"), 41).Add(("JZ01", "OTS"), 32).Add(("JZ01", "JR"), 20).Add(("JZ01", "*"), 52);
        table.AddGroup(("GM0001", "*"), [("GM0001", "OTS"), ("GM0001", "JR")])
            .AddGroup(("GM0002", "*"), [("GM0002", "OTS"), ("GM0002", "JR")])
            .AddGroup(("JZ01", "OTS"), [("GM0001", "OTS"), ("GM0002", "OTS")])
            .AddGroup(("JZ01", "JR"), [("GM0001", "JR"), ("GM0002", "JR")])
            .AddGroup(("JZ01", "*"), [("GM0001", "*"), ("GM0002", "*")])
            .AddGroup(("JZ01", "*"), [("JZ01", "OTS"), ("JZ01", "JR")]);

        var disclosed = DisclosureControl.Apply(table, Standaard, exempt: false);

        // The classic rectangle: hiding the four inner cells leaves every row and column with two unknowns.
        Assert.All(counts.Keys, key => Assert.Equal(DisclosureState.Suppressed, disclosed[key].State));
        Assert.Equal(["11", "41", "32", "20", "52"],
            new[] { ("GM0001", "*"), ("GM0002", "*"), ("JZ01", "OTS"), ("JZ01", "JR"), ("JZ01", "*") }.Select(key => disclosed[key].Text));
    }

    [Fact]
    public void CbsPreset_RoundsShownCountsToFives_AndHidesSmallOnes()
    {
        var table = Region(("GM0001", 3), ("GM0002", 12), ("GM0003", 7), ("GM0004", 40), ("GM0005", 26));

        var disclosed = DisclosureControl.Apply(table, new DisclosurePolicy { Preset = DisclosurePreset.CbsAfronding }, exempt: false);

        Assert.Equal(["<5", "<5", "10", "40", "25", "90"], Texts(disclosed, "GM0001", "GM0003", "GM0002", "GM0004", "GM0005", "JZ01"));
        Assert.Equal(DisclosureState.Rounded, disclosed["GM0004"].State);
        Assert.Equal("is-rounded", disclosed["GM0004"].CssClass);
        // Percentages from the rounded values: 10 of 90, not 12 of 88.
        Assert.Equal("11,1%", disclosed["GM0002"].ShareOf(disclosed["JZ01"]).Text);
    }

    [Fact]
    public void CbsPreset_HidesACountThatWouldBeShownBelowTheThreshold()
    {
        var table = new DisclosureTable<string>().Add("GM0001", 7).Add("GM0002", 8);

        var disclosed = DisclosureControl.Apply(table, new DisclosurePolicy { Threshold = 7, Preset = DisclosurePreset.CbsAfronding }, exempt: false);

        Assert.Equal(["<7", "10"], Texts(disclosed, "GM0001", "GM0002"));
    }

    [Fact]
    public void Exempt_SeesExactCounts_AndTheResultSaysSo()
    {
        var table = Region(("GM0001", 3), ("GM0002", 12), ("GM0003", null));

        var disclosed = DisclosureControl.Apply(table, new DisclosurePolicy { Preset = DisclosurePreset.CbsAfronding }, exempt: true);

        Assert.Equal(["3", "12", "geen gegevens", "15"], Texts(disclosed, "GM0001", "GM0002", "GM0003", "JZ01"));
        Assert.True(disclosed.Exempt);
    }

    [Fact]
    public void WeekOnWeekChange_OfAGemeenteHiddenThisWeek_IsHidden_AndAddsNothingToWhatTheWeekShows()
    {
        var lastWeek = DisclosureControl.Apply(Region(("A", 10), ("B", 8), ("C", 30), ("D", 25)), Standaard, exempt: false);
        var thisWeek = DisclosureControl.Apply(Region(("A", 3), ("B", 8), ("C", 31), ("D", 25)), Standaard, exempt: false);

        var changes = new[] { "A", "B", "C", "D", "JZ01" }.ToDictionary(code => code, code => thisWeek[code].ChangeSince(lastWeek[code]));

        // Last week's 10 plus a change would give this week's 3: the change is hidden, and so is B's, the complement.
        Assert.Equal(["afgeschermd", "afgeschermd", "+1", "0", "-6"], changes.Values.Select(change => change.Text));
        Assert.Null(changes["A"].Value);
        Assert.Equal("is-suppressed", changes["A"].CssClass);
        // Every shown change is the difference of two shown counts, so the change column cannot reveal more than the
        // two weeks' tables already do.
        Assert.All(changes.Where(change => change.Value.IsVisible),
            change => Assert.Equal(thisWeek[change.Key].Value - lastWeek[change.Key].Value, change.Value.Value));
    }

    [Fact]
    public void Change_IsNoData_WhenEitherWeekHasNoDelivery()
    {
        var lastWeek = DisclosureControl.Apply(new DisclosureTable<string>().Add("A", null).Add("B", 40), Standaard, exempt: false);
        var thisWeek = DisclosureControl.Apply(new DisclosureTable<string>().Add("A", 20).Add("B", 3), Standaard, exempt: false);

        Assert.Equal("geen gegevens", thisWeek["A"].ChangeSince(lastWeek["A"]).Text);
        Assert.Equal("afgeschermd", thisWeek["B"].ChangeSince(lastWeek["B"]).Text);
        Assert.Equal("geen gegevens", thisWeek["B"].ChangeSince(lastWeek["A"]).Text);
    }

    [Fact]
    public void Share_IsHidden_WhenThePartOrTheWholeIsHidden_AndNotApplicableForAZeroWhole()
    {
        var table = new DisclosureTable<string>()
            .Add("tijdig", 3).Add("totaal", 40).Add("klein-totaal", 4).Add("vijf", 5).Add("nul", 0).Add("acht", 8);

        var disclosed = DisclosureControl.Apply(table, Standaard, exempt: false);

        Assert.Equal("afgeschermd", disclosed["tijdig"].ShareOf(disclosed["totaal"]).Text);
        Assert.Equal("afgeschermd", disclosed["vijf"].ShareOf(disclosed["klein-totaal"]).Text);
        Assert.Equal("12,5%", disclosed["vijf"].ShareOf(disclosed["totaal"]).Text);
        Assert.Equal(12.5m, disclosed["vijf"].ShareOf(disclosed["totaal"]).Percentage);
        Assert.Equal("–", disclosed["nul"].ShareOf(disclosed["nul"]).Text);
        Assert.Equal(DisclosureState.NotApplicable, disclosed["acht"].ShareOf(disclosed["nul"]).State);
        Assert.Equal("0,0%", disclosed["nul"].ShareOf(disclosed["acht"]).Text);
    }

    [Fact]
    public void Table_RefusesNegativeCounts_DuplicateCells_AndGroupsOverUnknownCells()
    {
        var table = new DisclosureTable<string>().Add("GM0001", 3);

        Assert.Throws<ArgumentOutOfRangeException>(() => table.Add("GM0002", -1));
        Assert.Throws<ArgumentException>(() => table.Add("GM0001", 4));
        Assert.Throws<ArgumentException>(() => table.AddGroup("JZ01", ["GM0001"]));
        Assert.Throws<ArgumentException>(() => table.AddGroup("GM0001", ["GM0001"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureControl.Apply(table, new DisclosurePolicy { Threshold = 1 }, exempt: false));
    }

    private static DisclosureTable<string> Region(params (string Code, int? Count)[] gemeenten)
    {
        var table = new DisclosureTable<string>();
        foreach (var (code, count) in gemeenten)
        {
            table.Add(code, count);
        }

        var delivered = gemeenten.Where(g => g.Count is not null).ToList();
        table.Add("JZ01", delivered.Count == 0 ? null : delivered.Sum(g => g.Count!.Value));
        return table.AddGroup("JZ01", gemeenten.Select(g => g.Code));
    }

    private static IEnumerable<string> Texts<TKey>(DisclosedTable<TKey> disclosed, params TKey[] keys)
        where TKey : notnull => keys.Select(key => disclosed[key].Text);
}
