using System.Reflection;
using System.Text.Json;
using Instroom.Data.Disclosure;

namespace Instroom.Tests.Disclosure;

public sealed class DisclosedCountTests
{
    [Fact]
    public void Default_IsNoData_NeverZero()
    {
        var count = default(DisclosedCount);

        Assert.Equal(DisclosureState.NoData, count.State);
        Assert.Equal("geen gegevens", count.ToString());
        Assert.Null(count.Value);
        Assert.Equal(DisclosedCount.NoData, count);
    }

    [Fact]
    public void Text_UsesDutchThousandSeparators_AndToStringIsTheText()
    {
        var disclosed = Disclose(1234, 0, 1_204_000, 5);

        Assert.Equal(["1.234", "0", "1.204.000", "5"], disclosed.Select(count => count.ToString()));
    }

    [Fact]
    public void Change_HasASign()
    {
        var disclosed = Disclose(1234, 30, 30, 2438);

        Assert.Equal("+1.204", disclosed[3].ChangeSince(disclosed[0]).Text);
        Assert.Equal("-1.204", disclosed[0].ChangeSince(disclosed[3]).Text);
        Assert.Equal("0", disclosed[1].ChangeSince(disclosed[2]).Text);
    }

    [Fact]
    public void Description_ExplainsHiddenAndMissingCountsInDutch()
    {
        var disclosed = Disclose(3, null, 12);

        Assert.StartsWith("Afgeschermd: minder dan 5", disclosed[0].Description, StringComparison.Ordinal);
        Assert.Equal("Geen gegevens: niet aangeleverd", disclosed[1].Description);
        Assert.Equal("12", disclosed[2].Description);
    }

    [Fact]
    public void HiddenCount_CarriesNoValue_EvenWhenSerialised()
    {
        var hidden = Disclose(3)[0];

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(hidden));

        var properties = json.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => property.Value);
        Assert.Equal(JsonValueKind.Null, properties["Value"].ValueKind);
        Assert.Equal("Suppressed", properties["State"].GetString());
        Assert.DoesNotContain(properties.Values, value => value.ValueKind == JsonValueKind.Number);
        Assert.DoesNotContain(properties.Values, value => value.ValueKind == JsonValueKind.String && value.GetString()!.Contains('3', StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyDisclosureControl_CanMakeAShownCount()
    {
        // Nothing public takes a number and returns a disclosed figure: pages cannot bypass the control.
        foreach (var type in new[] { typeof(DisclosedCount), typeof(DisclosedChange), typeof(DisclosedShare) })
        {
            Assert.All(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance), constructor => Assert.Empty(constructor.GetParameters()));
            Assert.DoesNotContain(type.GetMethods(BindingFlags.Public | BindingFlags.Static),
                method => method.ReturnType == type && method.GetParameters().Any(p => p.ParameterType.IsPrimitive || p.ParameterType == typeof(decimal)));
        }
    }

    private static DisclosedCount[] Disclose(params int?[] counts)
    {
        var table = new DisclosureTable<int>();
        for (var i = 0; i < counts.Length; i++)
        {
            table.Add(i, counts[i]);
        }

        return DisclosureControl.Apply(table, new DisclosurePolicy(), exempt: false).Values.ToArray();
    }
}
